package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Types come from the bytes; a name can only narrow them, never change them. */
class TikaContentDetectorTest {
    private final TikaContentDetector detector = new TikaContentDetector();

    @Test
    void commonFormatsAreRecognisedByTheirBytesWhateverTheirName() {
        assertThat(detector.detect(
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, "x.bin"))
                .isEqualTo("image/png");
        assertThat(detector.detect(
                        new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0},
                        null))
                .isEqualTo("image/jpeg");
        assertThat(detector.detect("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII), "cv.jpg"))
                .isEqualTo("application/pdf");
        byte[] isoMedia = {
            0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'
        };
        // ISO base media is QuickTime's family; the name narrows it to MP4, a subtype
        assertThat(detector.detect(isoMedia, "clip")).isEqualTo("video/quicktime");
        assertThat(detector.detect(isoMedia, "clip.mp4")).isEqualTo("video/mp4");
        assertThat(detector.detect(isoMedia, "clip.png")).isEqualTo("video/quicktime");
        assertThat(detector.detect(
                        new byte[] {
                            'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30,
                            1, 'v', 'o', 'r', 'b', 'i', 's'
                        },
                        "v.ogg"))
                .isEqualTo("audio/ogg");
    }

    @Test
    void aNameCannotTurnUnknownOrExecutableBytesIntoAnAcceptedType() {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        byte[] noise = {0x13, 0x37, (byte) 0xfe, 0x00, 0x01, (byte) 0x99, 0x42, 0x00, 0x00, (byte) 0xc3};

        assertThat(detector.detect(elf, "photo.jpg")).isNotEqualTo("image/jpeg").isNotEqualTo("image/png");
        assertThat(detector.detect(noise, "photo.png")).isEqualTo("application/octet-stream");
        assertThat(detector.detect(noise, "song.mp3")).isEqualTo("application/octet-stream");
    }

    @Test
    void aNameNarrowsTextToCsv() {
        byte[] csv = "name,age\nalice,30\nbob,31\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(detector.detect(csv, "people.csv")).isEqualTo("text/csv");
        assertThat(detector.detect(csv, "people.txt")).isEqualTo("text/plain");
        assertThat(detector.detect(csv, "people.png")).isEqualTo("text/plain");
    }
}
