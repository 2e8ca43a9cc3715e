package vn.mohinh.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Uploaded files outside the database, under {@code <data-dir>/files/<first two hex>/<sha256>}: the
 * same content is stored once, whichever module stores it. A file stored inside a transaction that
 * then rolls back is removed again unless a {@link FileReferences} still needs it, so a failed save
 * leaves no orphan behind.
 */
@Component
public class FileStore {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);
	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
	private static final Pattern UNSAFE_NAME_CHARS = Pattern.compile("[\\p{Cntrl}\"<>|:*?]");
	private static final int MAX_NAME_LENGTH = 200;

	private final Path root;
	private final long maxBytes;
	private final ObjectProvider<FileReferences> references;

	FileStore(@Value("${mohinh.data-dir}") String dataDir, @Value("${mohinh.upload.max-bytes:10485760}") long maxBytes,
			ObjectProvider<FileReferences> references) {
		this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
		this.maxBytes = maxBytes;
		this.references = references;
	}

	/** The upload limit ({@code mohinh.upload.max-bytes}), for forms to tell users before they try. */
	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Stores an upload of one of the accepted types; refuses empty and oversized files and every
	 * other type, whatever the file's name or declared content type.
	 *
	 * @throws FileRejectedException with the reason to show by the form's field
	 */
	public StoredFile store(MultipartFile upload, Set<FileType> accepted) {
		if (upload.isEmpty()) {
			throw new FileRejectedException(FileRejectedException.Reason.EMPTY);
		}
		if (upload.getSize() > maxBytes) {
			throw FileRejectedException.tooLarge(maxBytes);
		}
		try (InputStream in = upload.getInputStream()) {
			return store(upload.getOriginalFilename(), in, accepted);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** As {@link #store(MultipartFile, Set)}, for content that does not come from a form (imports, demo data). */
	public StoredFile store(String originalName, InputStream content, Set<FileType> accepted) {
		Path temp = null;
		try {
			Path tmpDir = root.resolve("tmp");
			Files.createDirectories(tmpDir);
			temp = Files.createTempFile(tmpDir, "upload-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = 0;
			try (OutputStream out = Files.newOutputStream(temp)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = content.read(buffer)) != -1) {
					size += n;
					// The declared size may lie; count what actually arrives.
					if (size > maxBytes) {
						throw FileRejectedException.tooLarge(maxBytes);
					}
					sha.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
			}
			if (size == 0) {
				throw new FileRejectedException(FileRejectedException.Reason.EMPTY);
			}
			FileType type = FileSniffer.sniff(temp).filter(accepted::contains)
				.orElseThrow(() -> FileRejectedException.type(accepted));
			String hash = HexFormat.of().formatHex(sha.digest());
			Path target = pathOf(hash);
			Files.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				removeOnRollback(hash, target);
			}
			return new StoredFile(hash, displayName(originalName, hash, type), type, size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/** Where the bytes of a stored file are; the hash is checked so that no path can be smuggled in. */
	public Path pathOf(String hash) {
		if (hash == null || !SHA256.matcher(hash).matches()) {
			throw new IllegalArgumentException("not a sha-256: " + hash);
		}
		return root.resolve(hash.substring(0, 2)).resolve(hash);
	}

	/** The bytes of a stored file, if they are there to serve. */
	public Optional<Path> find(String hash) {
		Path path = pathOf(hash);
		return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
	}

	/** The name shown and offered on download: no directories, no control characters, NFC, bounded. */
	static String displayName(String original, String hash, FileType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = VietnameseText.clean(UNSAFE_NAME_CHARS.matcher(name).replaceAll("_"));
		if (name.isBlank() || name.replace(".", "").isBlank()) {
			return hash.substring(0, 12) + "." + type.extension();
		}
		return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
	}

	private void removeOnRollback(String hash, Path target) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				// Another upload of the same bytes may have committed meanwhile, in any module; its file stays.
				if (status != STATUS_COMMITTED && references.stream().noneMatch(r -> r.references(hash))) {
					deleteQuietly(target);
				}
			}
		});
	}

	private static void deleteQuietly(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.getMessage());
		}
	}

}
