package io.parley.domain.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredNameTest {
    private static final Instant AT = Instant.ofEpochMilli(1732184400123L);

    @Test
    void theServerMakesTimestampUnderscoreSanitisedName() {
        assertThat(StoredName.of(AT, "holiday photo.JPG").value()).isEqualTo("1732184400123_holiday_photo.JPG");
        assertThat(StoredName.of(AT, "../../etc/passwd").value()).isEqualTo("1732184400123_passwd");
        assertThat(StoredName.of(AT, "C:\\\\Users\\\\me\\\\..cv.pdf").value()).isEqualTo("1732184400123_cv.pdf");
        assertThat(StoredName.of(AT, "фото.png").value()).isEqualTo("1732184400123_png");
        assertThat(StoredName.of(AT, "").value()).isEqualTo("1732184400123_file");
        assertThat(StoredName.of(AT, null).value()).isEqualTo("1732184400123_file");
        assertThat(StoredName.of(AT, "a".repeat(500)).value()).hasSize(14 + 100);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "photo.png",
                "../1_a.png",
                "1_../a",
                "1_a/b.png",
                "1_a\\\\b",
                "1_.hidden",
                "1_a..b",
                "1_a%2fb",
                "1_a b.png",
                "x_a.png",
                "1_\u0000.png"
            })
    void aNameFromAUrlThatTheServerCannotHaveMadeIsNotFound(String name) {
        assertThatThrownBy(() -> new StoredName(name)).isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void namesTheServerMadeAreAccepted() {
        assertThat(new StoredName("1732184400123_holiday_photo.JPG").value()).endsWith(".JPG");
    }

    @Test
    void eachKindAcceptsSeed000sTypes() {
        assertThat(MediaKind.PHOTO.accepts("image/png")).isTrue();
        assertThat(MediaKind.PHOTO.accepts("application/pdf")).isFalse();
        assertThat(MediaKind.FILE.accepts("application/x-msdownload")).isFalse();
    }
}
