package vn.mohinh.initiative;

/** A stored upload: where its bytes are (content hash), the name it came with, its sniffed type and size. */
record Upload(String sha256, String name, FileType type, long size) {
}
