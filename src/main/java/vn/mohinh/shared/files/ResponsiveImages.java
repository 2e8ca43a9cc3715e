package vn.mohinh.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import vn.mohinh.shared.web.NotFoundException;

/**
 * Responsive photos: JPEG copies of an uploaded JPEG or PNG at {@link #WIDTHS} (never wider than the
 * original, aspect kept, EXIF orientation applied, transparency on white), stored in the
 * {@link FileStore} like any file and listed in the table {@code image_variant} (original hash →
 * width, copy's hash, bytes). WebP and files ImageIO cannot read are served as they are.
 *
 * <p>For a module that takes photos (models, inspections, article covers):
 * <pre>{@code
 * StoredFile stored = files.store(upload, FileType.images());
 * images.createVariants(stored);   // throws ImageRejectedException above the pixel limit: word it by the field
 * }</pre>
 * and in the endpoint that serves the photo, after checking that the user may see it:
 * <pre>{@code
 * @GetMapping("/{id}/photo")
 * ResponseEntity<Resource> photo(@PathVariable long id, @RequestParam(required = false) Integer w,
 *         @RequestParam(required = false) String v) {
 *     return images.serve(hash, type, size, name, w, v, true);   // ?w=360|720|1200, nearest copy at least that wide
 * }
 * }</pre>
 * {@link #variantFor(String, int)} answers the copy alone. In a template, {@link #sizes(String, FileType)}
 * gives the {@code srcset}, {@code width} and {@code height} of an {@code <img>}:
 * <pre>{@code
 * <img th:with="img=${@responsiveImages.sizes(hash, type)}, url=@{/x/{id}/photo(id=${id})}"
 *      th:src="${img == null ? url : img.src(url, 720)}"
 *      th:attr="srcset=${img?.srcset(url)},sizes=${img == null ? null : '(min-width: 62em) 40rem, 100vw'}"
 *      th:width="${img?.width}" th:height="${img?.height}" loading="lazy" th:alt="${alt}">
 * }</pre>
 * Photos stored before (demo data, uploads older than this class) get their copies in the
 * background the first time a page asks for their sizes; the page never waits for them.
 */
@Component
public class ResponsiveImages implements FileReferences {

	/** Phone, phone at twice the density or a tablet, desktop column. */
	public static final List<Integer> WIDTHS = List.of(360, 720, 1200);

	/** Characters of the hash in the {@code v} parameter that makes a photo's URL cacheable for a year. */
	static final int VERSION_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(ResponsiveImages.class);

	private final FileStore files;
	private final JdbcClient jdbc;
	private final long maxPixels;
	/** One background thread, a short queue: copies of old photos are a convenience, never a load. */
	private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(64), r -> {
				Thread thread = new Thread(r, "responsive-images");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.DiscardPolicy());
	private final Set<String> queued = ConcurrentHashMap.newKeySet();

	ResponsiveImages(FileStore files, JdbcClient jdbc, @Value("${mohinh.images.max-pixels:40000000}") long maxPixels) {
		this.files = files;
		this.jdbc = jdbc;
		this.maxPixels = maxPixels;
	}

	/**
	 * Makes and records the copies of a just stored photo, within the caller's transaction (they go
	 * with it if it rolls back). Does nothing for other types or a photo already done.
	 *
	 * @throws ImageRejectedException above the pixel limit ({@code mohinh.images.max-pixels}, 40 MP)
	 */
	public void createVariants(StoredFile stored) {
		create(stored.hash(), stored.type(), stored.name());
	}

	/** The nearest copy at least {@code width} wide, else the original; empty when the photo has no copies (yet). */
	public Optional<ImageVariant> variantFor(String hash, int width) {
		List<ImageVariant> all = variants(hash);
		return all.stream().filter(v -> v.width() >= width).findFirst()
			.or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
	}

	/**
	 * What a template needs for {@code srcset}, {@code width} and {@code height}; null while the
	 * photo has no copies, in which case they are made in the background for the next visit.
	 */
	public ImageSizes sizes(String hash, FileType type) {
		List<ImageVariant> all = variants(hash);
		if (all.isEmpty()) {
			later(hash, type);
			return null;
		}
		ImageVariant original = all.get(all.size() - 1);
		return new ImageSizes(original.width(), original.height(),
				all.stream().filter(v -> !v.hash().equals(hash)).map(ImageVariant::width).toList(),
				hash.substring(0, VERSION_LENGTH));
	}

	/**
	 * The photo's answer: the copy for {@code ?w=} (or the original), inline. With {@code ?v=} the
	 * start of the original's hash, the URL names these bytes for good, so the browser keeps them a
	 * year ({@code shared} only for public photos; private ones stay out of proxies); without, nothing
	 * is kept, as before.
	 */
	public ResponseEntity<Resource> serve(String hash, FileType type, long size, String name, Integer width,
			String version, boolean shared) {
		ImageVariant served = width == null || width <= 0 ? null : variantFor(hash, width).orElse(null);
		if (served == null) {
			served = new ImageVariant(hash, 0, 0, type, size);
		}
		Path path = files.find(served.hash()).orElseThrow(() -> new NotFoundException("file", hash));
		boolean versioned = version != null && version.length() >= VERSION_LENGTH && hash.startsWith(version);
		CacheControl cache = !versioned ? CacheControl.noStore()
				: shared ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
						: CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
		String shownName = served.type() == type ? name : baseName(name) + "." + served.type().extension();
		return ResponseEntity.ok()
			.contentType(served.type().mediaType())
			.contentLength(served.bytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.inline(shownName))
			.cacheControl(cache)
			.body(new FileSystemResource(path));
	}

	/** The copies' files must stay while their rows do. */
	@Override
	public boolean references(String hash) {
		return jdbc.sql("select count(*) from image_variant where variant_hash = ?").param(hash).query(Long.class)
			.single() > 0;
	}

	/** Narrowest first; the original (its hash as the copy's) is the widest. */
	List<ImageVariant> variants(String hash) {
		return jdbc.sql("""
				select variant_hash, width, height, file_type, bytes from image_variant
				where original_hash = ? order by width""")
			.param(hash)
			.query((rs, n) -> new ImageVariant(rs.getString(1), rs.getInt(2), rs.getInt(3),
					FileType.valueOf(rs.getString(4)), rs.getLong(5)))
			.list();
	}

	private void create(String hash, FileType type, String name) {
		if (type != FileType.JPEG && type != FileType.PNG || !variants(hash).isEmpty()) {
			return;
		}
		Path path = files.find(hash).orElse(null);
		if (path == null) {
			return;
		}
		ImageResizer.Result result;
		try {
			result = ImageResizer.resize(path, WIDTHS, maxPixels);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (result == null) {
			log.info("No smaller copies of {}: ImageIO cannot read it", hash);
			return;
		}
		long originalBytes = path.toFile().length();
		for (ImageResizer.Variant variant : result.variants()) {
			// A copy no lighter than the original (a small, well compressed file) is not worth a request.
			if (variant.jpeg().length >= originalBytes) {
				continue;
			}
			StoredFile copy = files.store(baseName(name) + "-" + variant.width() + ".jpg",
					new ByteArrayInputStream(variant.jpeg()), Set.of(FileType.JPEG));
			record(hash, variant.width(), variant.height(), copy.hash(), FileType.JPEG, copy.size());
		}
		record(hash, result.width(), result.height(), hash, type, originalBytes);
	}

	private void record(String original, int width, int height, String variant, FileType type, long bytes) {
		// Two requests may make the same copies at once; the first row stays.
		jdbc.sql("""
				insert into image_variant (original_hash, width, height, variant_hash, file_type, bytes, created_at)
				select ?, ?, ?, ?, ?, ?, ? where not exists
				  (select 1 from image_variant where original_hash = ? and width = ?)""")
			.params(original, width, height, variant, type.name(), bytes, Timestamp.from(Instant.now()), original, width)
			.update();
	}

	private void later(String hash, FileType type) {
		if (type != FileType.JPEG && type != FileType.PNG || !queued.add(hash)) {
			return;
		}
		background.execute(() -> {
			try {
				create(hash, type, hash.substring(0, VERSION_LENGTH));
			}
			catch (RuntimeException ex) {
				// Too many pixels or a full disk: the original keeps being served.
				log.warn("No smaller copies of {}: {}", hash, ex.getMessage());
			}
			finally {
				queued.remove(hash);
			}
		});
	}

	private static String baseName(String name) {
		int dot = name == null ? -1 : name.lastIndexOf('.');
		return name == null ? "photo" : dot > 0 ? name.substring(0, dot) : name;
	}

	@PreDestroy
	void stop() throws InterruptedException {
		background.shutdownNow();
		background.awaitTermination(5, TimeUnit.SECONDS);
	}

	/** A copy (or the original itself, then {@code hash} is the original's): where, how big, which type. */
	public record ImageVariant(String hash, int width, int height, FileType type, long bytes) {
	}

	/**
	 * An original's upright size and the widths of its copies, for an {@code <img>}: the
	 * {@code width}/{@code height} attributes let the browser keep the photo's room before it arrives.
	 */
	public record ImageSizes(int width, int height, List<Integer> widths, String version) {

		/** Are there smaller copies to choose from? Without, {@code srcset} and {@code sizes} only rescale the original. */
		public boolean responsive() {
			return !widths.isEmpty();
		}

		/**
		 * {@code url?w=360&v=… 360w, …, url?v=… 1600w}: the browser picks what the screen needs; null
		 * without copies (a photo narrower than 360 px), where a {@code w} descriptor would only rescale it.
		 */
		public String srcset(String url) {
			if (!responsive()) {
				return null;
			}
			StringBuilder out = new StringBuilder();
			for (int w : widths) {
				out.append(src(url, w)).append(' ').append(w).append("w, ");
			}
			return out.append(url).append(url.contains("?") ? '&' : '?').append("v=").append(version).append(' ')
				.append(width).append('w').toString();
		}

		/** The URL of the copy at least {@code w} wide (the original when there is none). */
		public String src(String url, int w) {
			String sep = url.contains("?") ? "&" : "?";
			return widths.stream().filter(x -> x >= w).findFirst()
				.map(x -> url + sep + "w=" + x + "&v=" + version)
				.orElse(url + sep + "v=" + version);
		}

		/** The height at a shown width, for a fixed-width {@code <img>}. */
		public int heightAt(int shownWidth) {
			return Math.max(1, (int) Math.round((double) shownWidth * height / width));
		}

	}

}
