package io.parley.bootstrap.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small real files of each kind, made in the test: images drawn with ImageIO, the others by their headers. */
public final class MediaFixtures {
    private MediaFixtures() {}

    /** A real PNG (or JPEG, {@code format} "jpg") image of the given size. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An MP4 file: an {@code ftyp} box (brand isom) followed by an {@code mdat} box of {@code payload} bytes. */
    public static byte[] mp4(int payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {
            0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's', 'o', '2',
            'a', 'v', 'c', '1', 'm', 'p', '4', '1'
        });
        int size = payload + 8;
        out.writeBytes(new byte[] {
            (byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size, 'm', 'd', 'a', 't'
        });
        byte[] data = new byte[payload];
        new Random(payload).nextBytes(data);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** An Ogg Vorbis stream's first page (identification header). */
    public static byte[] ogg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                new byte[] {'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30
                });
        out.writeBytes(new byte[] {
            1,
            'v',
            'o',
            'r',
            'b',
            'i',
            's',
            0,
            0,
            0,
            0,
            1,
            0x44,
            (byte) 0xac,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            (byte) 0xee,
            2,
            0,
            0,
            0,
            0,
            0,
            (byte) 0xb8,
            1
        });
        out.writeBytes(new byte[2000]);
        return out.toByteArray();
    }

    /** A one-page PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A Linux executable's header: what a disguised upload named {@code photo.jpg} would really be. */
    public static byte[] elfExecutable() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        return elf;
    }

    /** An SVG image that would run a script if a browser rendered it as a page. */
    public static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
