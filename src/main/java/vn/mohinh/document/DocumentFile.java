package vn.mohinh.document;

import java.nio.file.Path;

/** An attached file ready for download: where its bytes are and what it is called. */
record DocumentFile(Attachment attachment, Path path) {

}
