package vn.mohinh.shared.files;

/**
 * A file in the {@link FileStore}: its SHA-256 (where the bytes are), the name it was uploaded with
 * (cleaned, for display and download), its sniffed type and its size in bytes.
 */
public record StoredFile(String hash, String name, FileType type, long size) {

}
