package vn.mohinh.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The store on its own: content addressing, limits, accepted types, and clean-up after a rollback. */
class FileStoreTests {

	static final Set<FileType> PDF_ONLY = EnumSet.of(FileType.PDF);

	@TempDir
	Path dataDir;

	/** Hashes that a module's committed records point to. */
	final Set<String> referenced = new HashSet<>();

	FileStore store;

	@BeforeEach
	void setUp() {
		FileReferences references = referenced::contains;
		store = new FileStore(dataDir.toString(), 1000,
				new StaticListableBeanFactory(Map.of("references", references)).getBeanProvider(FileReferences.class));
	}

	long filesOnDisk() throws IOException {
		try (Stream<Path> walk = Files.walk(dataDir)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void storesByContentHashOnce() throws IOException {
		byte[] pdf = FileSnifferTests.pdf("once");
		StoredFile first = store.store(new MockMultipartFile("file", "Kế hoạch.pdf", "application/pdf", pdf), PDF_ONLY);
		StoredFile second = store.store("khac.pdf", new ByteArrayInputStream(pdf), PDF_ONLY);
		assertThat(first.hash()).hasSize(64).isEqualTo(second.hash());
		assertThat(first.name()).isEqualTo("Kế hoạch.pdf");
		assertThat(second.name()).isEqualTo("khac.pdf");
		assertThat(first.type()).isEqualTo(FileType.PDF);
		assertThat(first.size()).isEqualTo(pdf.length);
		assertThat(store.pathOf(first.hash()))
			.isEqualTo(dataDir.resolve("files").resolve(first.hash().substring(0, 2)).resolve(first.hash()))
			.hasBinaryContent(pdf);
		assertThat(store.find(first.hash())).contains(store.pathOf(first.hash()));
		assertThat(filesOnDisk()).as("one copy, no temporary file left").isEqualTo(1);
	}

	@Test
	void refusesEmptyOversizedAndUnacceptedFiles() throws IOException {
		assertThatThrownBy(() -> store.store(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[0]), PDF_ONLY))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(FileRejectedException.Reason.EMPTY);
				assertThat(ex.messageKey()).isEqualTo("files.error.empty");
			});
		byte[] big = new byte[1001];
		System.arraycopy(FileSnifferTests.pdf("x"), 0, big, 0, 20);
		assertThatThrownBy(() -> store.store(new MockMultipartFile("file", "a.pdf", "application/pdf", big), PDF_ONLY))
			.isInstanceOfSatisfying(FileRejectedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(FileRejectedException.Reason.TOO_LARGE));
		// A stream has no declared size: the bytes that arrive are counted.
		assertThatThrownBy(() -> store.store("a.pdf", new ByteArrayInputStream(big), PDF_ONLY))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("files.error.tooLarge");
				assertThat(ex.args()).containsExactly(1000 / (1024.0 * 1024.0));
			});
		// A real PDF, but the caller wants photos.
		assertThatThrownBy(() -> store.store("anh.jpg", new ByteArrayInputStream(FileSnifferTests.pdf("x")), FileType.images()))
			.isInstanceOfSatisfying(FileRejectedException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("files.error.type");
				assertThat(ex.args()).containsExactly("JPEG, PNG, WEBP");
			});
		assertThat(store.store("anh", new ByteArrayInputStream(FileSnifferTests.webp()), FileType.images()).name())
			.isEqualTo("anh");
		assertThat(filesOnDisk()).as("only the photo").isEqualTo(1);
	}

	@Test
	void pathsAreOnlyEverHashes() {
		assertThatThrownBy(() -> store.pathOf("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.pathOf("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
		assertThat(store.find("b".repeat(64))).isEmpty();
	}

	@Test
	void uploadNamesLoseTheirDirectories() {
		String hash = "a".repeat(64);
		assertThat(FileStore.displayName("C:\\Users\\x\\Kế hoạch.pdf", hash, FileType.PDF)).isEqualTo("Kế hoạch.pdf");
		assertThat(FileStore.displayName("../../etc/passwd", hash, FileType.PDF)).isEqualTo("passwd");
		assertThat(FileStore.displayName("", hash, FileType.PDF)).isEqualTo("aaaaaaaaaaaa.pdf");
		assertThat(FileStore.displayName("a\u0000b<c>.pdf", hash, FileType.PDF)).isEqualTo("a_b_c_.pdf");
	}

	@Test
	void aRollbackRemovesWhatNoRecordNeeds() {
		Path lost = inTransaction(FileSnifferTests.pdf("lost"), TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(lost).doesNotExist();
		Path kept = inTransaction(FileSnifferTests.pdf("kept"), TransactionSynchronization.STATUS_COMMITTED);
		assertThat(kept).exists();
	}

	@Test
	void aRollbackKeepsBytesAnotherRecordCommittedMeanwhile() {
		byte[] shared = FileSnifferTests.pdf("shared");
		Path path = inTransaction(shared, TransactionSynchronization.STATUS_ROLLED_BACK, true);
		assertThat(path).exists();
	}

	private Path inTransaction(byte[] content, int outcome) {
		return inTransaction(content, outcome, false);
	}

	/** Stores inside a simulated transaction and ends it; {@code committedElsewhere} plays a concurrent save. */
	private Path inTransaction(byte[] content, int outcome, boolean committedElsewhere) {
		TransactionSynchronizationManager.initSynchronization();
		try {
			StoredFile file = store.store("x.pdf", new ByteArrayInputStream(content), PDF_ONLY);
			if (committedElsewhere) {
				referenced.add(file.hash());
			}
			for (TransactionSynchronization sync : TransactionSynchronizationManager.getSynchronizations()) {
				sync.afterCompletion(outcome);
			}
			return store.pathOf(file.hash());
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

}
