package io.parley.adapter.storage;

import io.parley.application.port.Thumbnailer;
import jakarta.inject.Singleton;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PNG previews with the JDK's ImageIO for JPEG, PNG, GIF and BMP. The image's size is read from its header first and
 * the decoder subsamples while reading, so a huge image (a "decompression bomb") never becomes a huge bitmap; above
 * 100 megapixels there is no preview at all.
 */
@Singleton
public final class ImageIoThumbnailer implements Thumbnailer {
    private static final Logger LOG = LoggerFactory.getLogger(ImageIoThumbnailer.class);
    private static final Set<String> DECODABLE = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp");
    private static final long MAX_PIXELS = 100_000_000L;

    @Override
    public Optional<byte[]> thumbnail(InputStream image, String mime, int maxSide) {
        if (!DECODABLE.contains(mime)) {
            return Optional.empty();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(image)) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (maxSide * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(png(scale(reader.read(0, param), maxSide)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // a file that claims an image type but cannot be decoded simply gets no preview
            LOG.debug("no preview for an unreadable {}: {}", mime, unreadable.toString());
            return Optional.empty();
        }
    }

    private static BufferedImage scale(BufferedImage source, int maxSide) {
        double factor = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
