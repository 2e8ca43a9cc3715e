package vn.mohinh.shared.files;

/**
 * A photo with more pixels than {@link ResponsiveImages} decodes (a panorama, a scan at 1200 dpi, a
 * crafted "pixel bomb"): decoding it would take hundreds of megabytes. The module that took the
 * upload words the refusal by its field, with {@link #megapixels()} and {@link #maxMegapixels()}.
 */
public class ImageRejectedException extends RuntimeException {

	private final long pixels;
	private final long maxPixels;

	ImageRejectedException(long pixels, long maxPixels) {
		super("image of " + pixels + " pixels, at most " + maxPixels);
		this.pixels = pixels;
		this.maxPixels = maxPixels;
	}

	/** The image's size in millions of pixels, one decimal. */
	public double megapixels() {
		return Math.round(pixels / 100_000.0) / 10.0;
	}

	public double maxMegapixels() {
		return Math.round(maxPixels / 100_000.0) / 10.0;
	}

	/** The arguments of a message "{0} million pixels, at most {1}". */
	public Object[] args() {
		return new Object[] { megapixels(), maxMegapixels() };
	}

}
