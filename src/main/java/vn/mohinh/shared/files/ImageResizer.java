package vn.mohinh.shared.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Smaller JPEG copies of a JPEG or PNG, with the JDK's ImageIO only. The size is read from the header
 * before anything is decoded, and an image above the pixel limit is refused; a big photo is decoded
 * subsampled (every n-th pixel) to about twice the largest width wanted, so memory stays bounded.
 * The EXIF orientation of a phone photo is applied (the copies are upright, as browsers show the
 * original). Transparency is flattened on white, as JPEG has none.
 */
final class ImageResizer {

	/** The copies' JPEG quality: photos stay sharp on a phone at a third of a camera's bytes. */
	static final float QUALITY = 0.8f;

	private ImageResizer() {
	}

	/** An original's upright size and its copies, narrowest first. */
	record Result(int width, int height, List<Variant> variants) {
	}

	/** One JPEG copy. */
	record Variant(int width, int height, byte[] jpeg) {
	}

	/**
	 * JPEG copies of the image at each of {@code widths} narrower than it (never enlarged; the aspect
	 * is kept), or null when ImageIO cannot read the file (WebP, a CMYK JPEG, a broken file).
	 *
	 * @throws ImageRejectedException when the image has more than {@code maxPixels} pixels
	 */
	static Result resize(Path file, List<Integer> widths, long maxPixels) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int storedWidth = reader.getWidth(0);
				int storedHeight = reader.getHeight(0);
				if ((long) storedWidth * storedHeight > maxPixels) {
					throw new ImageRejectedException((long) storedWidth * storedHeight, maxPixels);
				}
				int orientation = orientation(file);
				boolean turned = orientation >= 5;
				int width = turned ? storedHeight : storedWidth;
				int height = turned ? storedWidth : storedHeight;
				List<Integer> wanted = widths.stream().filter(w -> w < width).sorted().toList();
				if (wanted.isEmpty()) {
					return new Result(width, height, List.of());
				}
				int largest = wanted.get(wanted.size() - 1);
				int step = Math.max(1, width / (2 * largest));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage upright = orient(flatten(reader.read(0, param)), orientation);
				List<Variant> variants = new ArrayList<>();
				for (int w : wanted) {
					int h = Math.max(1, (int) Math.round((double) w * height / width));
					variants.add(new Variant(w, h, jpeg(scale(upright, w, h))));
				}
				return new Result(width, height, variants);
			}
			catch (IOException ex) {
				// Unsupported colour space or a broken file: the original is served as it is.
				return null;
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** Opaque RGB: transparent pixels become white, palettes and grey levels become colours. */
	static BufferedImage flatten(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	/**
	 * Halves with bilinear filtering until within twice the target, then one bicubic step: a single
	 * bilinear step from a far bigger image skips pixels and looks jagged.
	 */
	static BufferedImage scale(BufferedImage image, int width, int height) {
		BufferedImage current = image;
		while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
			current = draw(current, current.getWidth() / 2, current.getHeight() / 2,
					RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		}
		return current.getWidth() == width && current.getHeight() == height ? current
				: draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
	}

	private static BufferedImage draw(BufferedImage image, int width, int height, Object interpolation) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			// Progressive: on a slow network the whole photo appears blurred first, then sharpens.
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * Turns the stored pixels upright as EXIF orientation {@code o} (1 to 8) asks; pixel by pixel,
	 * which is exact for mirrors and quarter turns alike.
	 */
	static BufferedImage orient(BufferedImage image, int o) {
		if (o < 2 || o > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean turned = o >= 5;
		int outW = turned ? h : w;
		int outH = turned ? w : h;
		int[] src = image.getRGB(0, 0, w, h, null, 0, w);
		int[] dst = new int[outW * outH];
		for (int y = 0; y < outH; y++) {
			for (int x = 0; x < outW; x++) {
				int sx;
				int sy;
				switch (o) {
					case 2 -> { sx = w - 1 - x; sy = y; }
					case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
					case 4 -> { sx = x; sy = h - 1 - y; }
					case 5 -> { sx = y; sy = x; }
					case 6 -> { sx = y; sy = h - 1 - x; }
					case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
					default -> { sx = w - 1 - y; sy = x; }
				}
				dst[y * outW + x] = src[sy * w + sx];
			}
		}
		BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
		out.setRGB(0, 0, outW, outH, dst, 0, outW);
		return out;
	}

	/**
	 * The EXIF orientation tag (0x0112) of a JPEG's APP1 segment, 1 (as stored) when there is none.
	 * ImageIO does not read EXIF; the tag sits in the first IFD, in the first kilobytes of the file.
	 */
	static int orientation(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(128 * 1024);
		}
		if (head.length < 4 || (head[0] & 0xff) != 0xFF || (head[1] & 0xff) != 0xD8) {
			return 1;
		}
		int pos = 2;
		while (pos + 4 <= head.length && (head[pos] & 0xff) == 0xFF) {
			int marker = head[pos + 1] & 0xff;
			if (marker == 0xDA || marker == 0xD9) {
				break;
			}
			int length = ((head[pos + 2] & 0xff) << 8) | (head[pos + 3] & 0xff);
			int data = pos + 4;
			if (marker == 0xE1 && data + 6 <= head.length && new String(head, data, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
				return tiffOrientation(head, data + 6, Math.min(head.length, pos + 2 + length));
			}
			pos += 2 + length;
		}
		return 1;
	}

	private static int tiffOrientation(byte[] b, int tiff, int end) {
		if (tiff + 8 > end) {
			return 1;
		}
		boolean little = b[tiff] == 'I';
		int ifd = tiff + (int) read(b, tiff + 4, 4, little);
		if (ifd < tiff || ifd + 2 > end) {
			return 1;
		}
		int entries = (int) read(b, ifd, 2, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + 12 * i;
			if (entry + 12 > end) {
				return 1;
			}
			if (read(b, entry, 2, little) == 0x0112) {
				int value = (int) read(b, entry + 8, 2, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static long read(byte[] b, int at, int size, boolean little) {
		long value = 0;
		for (int i = 0; i < size; i++) {
			int octet = b[at + (little ? size - 1 - i : i)] & 0xff;
			value = (value << 8) | octet;
		}
		return value;
	}

}
