package vn.mohinh.shared.files;

/**
 * Implemented by every module that keeps file hashes, so that the {@link FileStore} never removes
 * bytes that a committed record still points to (the same content is stored once for all).
 */
public interface FileReferences {

	/** Does any saved record of this module refer to the file with this hash? */
	boolean references(String hash);

}
