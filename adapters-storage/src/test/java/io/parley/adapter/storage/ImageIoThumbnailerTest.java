package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageIoThumbnailerTest {
    private final ImageIoThumbnailer thumbnailer = new ImageIoThumbnailer();

    @Test
    void aLargeImageBecomesAPngAtMost320PixelsOnItsLongestSide() throws IOException {
        byte[] jpeg = encode(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB), "jpg");

        byte[] preview = thumbnailer
                .thumbnail(new ByteArrayInputStream(jpeg), "image/jpeg", 320)
                .orElseThrow();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(preview));
        assertThat(read.getWidth()).isEqualTo(320);
        assertThat(read.getHeight()).isEqualTo(180);
        assertThat(preview).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aSmallImageKeepsItsSize() throws IOException {
        byte[] png = encode(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png");

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumbnailer
                .thumbnail(new ByteArrayInputStream(png), "image/png", 320)
                .orElseThrow()));

        assertThat(read.getWidth()).isEqualTo(40);
    }

    @Test
    void garbageAndUndecodableTypesGetNoPreview() {
        assertThat(thumbnailer.thumbnail(
                        new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}), "image/png", 320))
                .isEmpty();
        assertThat(thumbnailer.thumbnail(new ByteArrayInputStream("<svg/>".getBytes()), "image/svg+xml", 320))
                .isEmpty();
        assertThat(thumbnailer.thumbnail(new ByteArrayInputStream(new byte[0]), "image/webp", 320))
                .isEmpty();
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
