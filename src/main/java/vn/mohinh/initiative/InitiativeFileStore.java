package vn.mohinh.initiative;

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
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import vn.mohinh.shared.text.VietnameseText;

/**
 * Photos and files of models outside the database (the document module's approach, sharing its directory), under {@code <data-dir>/files/<first two hex>/<sha256>}: the
 * same content is stored once. A file stored inside a transaction that then rolls back is removed
 * again, so a failed save leaves no orphan behind.
 */
@Component
class InitiativeFileStore {

	private static final Logger log = LoggerFactory.getLogger(InitiativeFileStore.class);
	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
	private static final Pattern UNSAFE_NAME_CHARS = Pattern.compile("[\\p{Cntrl}\"<>|:*?]");
	private static final int MAX_NAME_LENGTH = 200;

	private final Path root;
	private final long maxBytes;
	private final Initiatives initiatives;

	InitiativeFileStore(@Value("${mohinh.data-dir}") String dataDir, @Value("${mohinh.upload.max-bytes:10485760}") long maxBytes,
			Initiatives initiatives) {
		this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
		this.maxBytes = maxBytes;
		this.initiatives = initiatives;
	}

	long maxBytes() {
		return maxBytes;
	}

	/**
	 * Stores an upload and describes it; refuses empty and oversized files and every type that
	 * {@link FileSniffer} does not recognise, whatever the file's name or declared content type.
	 */
	Upload store(MultipartFile upload) {
		if (upload.isEmpty()) {
			throw new InitiativeRuleException("file", "initiative.error.file.empty");
		}
		if (upload.getSize() > maxBytes) {
			throw tooLarge();
		}
		Path temp = null;
		try {
			Path tmpDir = root.resolve("tmp");
			Files.createDirectories(tmpDir);
			temp = Files.createTempFile(tmpDir, "upload-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = 0;
			try (InputStream in = upload.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = in.read(buffer)) != -1) {
					size += n;
					// The declared size may lie; count what actually arrives.
					if (size > maxBytes) {
						throw tooLarge();
					}
					sha.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
			}
			if (size == 0) {
				throw new InitiativeRuleException("file", "initiative.error.file.empty");
			}
			FileType type = FileSniffer.sniff(temp)
				.orElseThrow(() -> new InitiativeRuleException("file", "initiative.error.file.type"));
			String hash = HexFormat.of().formatHex(sha.digest());
			Path target = pathOf(hash);
			Files.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				removeOnRollback(hash, target);
			}
			return new Upload(hash, displayName(upload.getOriginalFilename(), hash, type), type, size);
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

	/** Where the bytes of an attachment are; the hash is checked so that no path can be smuggled in. */
	Path pathOf(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a sha-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
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

	private InitiativeRuleException tooLarge() {
		return new InitiativeRuleException("file", "initiative.error.file.tooLarge", maxBytes / (1024.0 * 1024.0));
	}

	private void removeOnRollback(String hash, Path target) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				// Another upload of the same bytes may have committed meanwhile; its file stays.
				if (status != STATUS_COMMITTED && !initiatives.fileInUse(hash)) {
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
