package vn.mohinh.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resizer on its own: widths, aspect, no enlarging, the pixel limit, transparency, EXIF orientation. */
class ImageResizerTests {

	static final List<Integer> WIDTHS = ResponsiveImages.WIDTHS;
	static final long LIMIT = 40_000_000;

	@TempDir
	Path dir;

	Path write(BufferedImage image, String format) throws IOException {
		Path file = Files.createTempFile(dir, "img-", "." + format);
		assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
		return file;
	}

	static BufferedImage read(byte[] jpeg) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}

	/** Left half red, right half blue: shows where the left went after a turn. */
	static BufferedImage halves(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, x < width / 2 ? 0xdd0000 : 0x0000dd);
			}
		}
		return image;
	}

	@Test
	void aBigPhotoGetsEveryWidthWithItsAspectAsJpeg() throws IOException {
		ImageResizer.Result result = ImageResizer.resize(write(halves(3000, 2000), "jpg"), WIDTHS, LIMIT);
		assertThat(result.width()).isEqualTo(3000);
		assertThat(result.height()).isEqualTo(2000);
		assertThat(result.variants()).extracting(ImageResizer.Variant::width).containsExactly(360, 720, 1200);
		assertThat(result.variants()).extracting(ImageResizer.Variant::height).containsExactly(240, 480, 800);
		for (ImageResizer.Variant variant : result.variants()) {
			BufferedImage decoded = read(variant.jpeg());
			assertThat(decoded.getWidth()).isEqualTo(variant.width());
			assertThat(decoded.getHeight()).isEqualTo(variant.height());
			assertThat(variant.jpeg()[0] & 0xff).isEqualTo(0xFF);
			assertThat(variant.jpeg()[1] & 0xff).isEqualTo(0xD8);
		}
	}

	@Test
	void aPhotoIsNeverEnlarged() throws IOException {
		ImageResizer.Result middle = ImageResizer.resize(write(halves(800, 600), "jpg"), WIDTHS, LIMIT);
		assertThat(middle.variants()).extracting(ImageResizer.Variant::width).containsExactly(360, 720);
		assertThat(middle.variants()).extracting(ImageResizer.Variant::height).containsExactly(270, 540);

		ImageResizer.Result small = ImageResizer.resize(write(halves(300, 200), "png"), WIDTHS, LIMIT);
		assertThat(small.variants()).isEmpty();
		assertThat(small.width()).isEqualTo(300);
		assertThat(small.height()).isEqualTo(200);
	}

	@Test
	void aTallPhotoKeepsItsAspect() throws IOException {
		ImageResizer.Result result = ImageResizer.resize(write(halves(1000, 3000), "png"), WIDTHS, LIMIT);
		assertThat(result.variants()).extracting(v -> v.width() + "x" + v.height()).containsExactly("360x1080",
				"720x2160");
	}

	@Test
	void tooManyPixelsAreRefusedFromTheHeaderWithoutDecoding() throws IOException {
		// 4000 × 3000 = 12 MP, over a 10 MP limit; the megapixels go into the message.
		Path file = write(new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY), "png");
		assertThatThrownBy(() -> ImageResizer.resize(file, WIDTHS, 10_000_000)).isInstanceOf(ImageRejectedException.class)
			.satisfies(e -> assertThat(((ImageRejectedException) e).args()).containsExactly(12.0, 10.0));
		assertThat(ImageResizer.resize(file, WIDTHS, 12_000_000).variants()).hasSize(3);
	}

	@Test
	void transparencyBecomesWhite() throws IOException {
		BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < 400; y++) {
			for (int x = 0; x < 800; x++) {
				// Left: fully transparent; right: opaque black.
				image.setRGB(x, y, x < 400 ? 0x00000000 : 0xff000000);
			}
		}
		ImageResizer.Result result = ImageResizer.resize(write(image, "png"), WIDTHS, LIMIT);
		BufferedImage copy = read(result.variants().get(0).jpeg());
		assertThat(copy.getColorModel().hasAlpha()).isFalse();
		assertThat(brightness(copy.getRGB(40, 90))).isGreaterThan(240);
		assertThat(brightness(copy.getRGB(320, 90))).isLessThan(15);
	}

	@Test
	void anExifOrientationIsAppliedToTheCopies() throws IOException {
		// Stored 1600 × 1200, left red; orientation 6 asks for a quarter turn clockwise: 1200 × 1600, red on top.
		Path file = withOrientation(write(halves(1600, 1200), "jpg"), 6);
		assertThat(ImageResizer.orientation(file)).isEqualTo(6);
		ImageResizer.Result result = ImageResizer.resize(file, WIDTHS, LIMIT);
		assertThat(result.width()).isEqualTo(1200);
		assertThat(result.height()).isEqualTo(1600);
		assertThat(result.variants()).extracting(v -> v.width() + "x" + v.height()).containsExactly("360x480", "720x960");
		BufferedImage copy = read(result.variants().get(0).jpeg());
		assertThat(red(copy.getRGB(180, 60))).isGreaterThan(180);
		assertThat(red(copy.getRGB(180, 420))).isLessThan(60);

		// Orientation 8 turns the other way: red at the bottom.
		BufferedImage other = read(ImageResizer.resize(withOrientation(write(halves(1600, 1200), "jpg"), 8), WIDTHS, LIMIT)
			.variants().get(0).jpeg());
		assertThat(red(other.getRGB(180, 420))).isGreaterThan(180);
		assertThat(red(other.getRGB(180, 60))).isLessThan(60);
	}

	@Test
	void whatImageIoCannotReadIsLeftAlone() throws IOException {
		Path webp = Files.write(dir.resolve("x.webp"), new byte[] { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P' });
		assertThat(ImageResizer.resize(webp, WIDTHS, LIMIT)).isNull();
		Path broken = Files.write(dir.resolve("x.png"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		assertThat(ImageResizer.resize(broken, WIDTHS, LIMIT)).isNull();
	}

	/** The JPEG with an APP1 Exif segment (big-endian TIFF, one IFD entry: orientation) after its SOI. */
	Path withOrientation(Path jpeg, int orientation) throws IOException {
		byte[] original = Files.readAllBytes(jpeg);
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		tiff.writeBytes(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		tiff.writeBytes(new byte[] { 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0, 0 });
		byte[] exif = tiff.toByteArray();
		int length = 2 + 6 + exif.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(original, 0, 2);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0 });
		out.writeBytes(exif);
		out.write(original, 2, original.length - 2);
		return Files.write(jpeg, out.toByteArray());
	}

	static int red(int rgb) {
		return (rgb >> 16) & 0xff;
	}

	static int brightness(int rgb) {
		return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
	}

}
