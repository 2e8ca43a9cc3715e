package vn.mohinh.shared.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Photos drawn for tests: a real JPEG with detail to compress, and a PNG header announcing far too many pixels. */
public final class TestImages {

	private TestImages() {
	}

	/** A JPEG of {@code width} × {@code height} with stripes and a gradient, as heavy as a small photo. */
	public static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int r = (x * 255 / width) & 0xff;
				int g = ((x / 7 + y / 5) % 2 == 0) ? 200 : 40;
				int b = (y * 255 / height) & 0xff;
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A PNG whose header says {@code width} × {@code height} (a "pixel bomb": a few bytes that would
	 * decode to gigabytes); nothing after the header but the end, it must be refused before decoding.
	 */
	public static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(17);
		ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0)
			.put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
		out.writeBytes(ihdr.array());
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc(ihdr.array())).array());
		out.writeBytes(new byte[] { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 });
		return out.toByteArray();
	}

	private static long crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return crc.getValue();
	}

	/** The width of an image's bytes, read as a browser would. */
	public static int widthOf(byte[] image) throws IOException {
		return ImageIO.read(new java.io.ByteArrayInputStream(image)).getWidth();
	}

}
