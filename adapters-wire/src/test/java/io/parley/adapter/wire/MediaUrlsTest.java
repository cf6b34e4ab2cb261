package io.parley.adapter.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MediaUrlsTest {
    private static final StoredName NAME = new StoredName("1700000000000_cat.png");

    @Test
    void urlsFollowSeed000sLayout() {
        assertThat(MediaUrls.of(new MediaRef(new MediaOwner(OwnerKind.CHAT, 1), MediaKind.PHOTO, NAME)))
                .isEqualTo("/chat/1/img/1700000000000_cat.png");
        assertThat(MediaUrls.of(new MediaRef(new MediaOwner(OwnerKind.GROUP, 7), MediaKind.VOICE, NAME)))
                .isEqualTo("/group/7/message/audio/1700000000000_cat.png");
        assertThat(MediaUrls.of(new MediaRef(new MediaOwner(OwnerKind.USER, 3), MediaKind.AVATAR, NAME)))
                .isEqualTo("/user/3/avatar/1700000000000_cat.png");
    }

    @ParameterizedTest
    @EnumSource(MediaKind.class)
    void everyKindsUrlReadsBackAsTheSameFile(MediaKind kind) {
        MediaRef ref = new MediaRef(new MediaOwner(OwnerKind.GROUP, 41), kind, NAME);

        assertThat(MediaUrls.parseMessageFile(MediaUrls.of(ref))).isEqualTo(ref);
        assertThat(MediaUrls.parseMessageFile("/api/v1" + MediaUrls.of(ref))).isEqualTo(ref);
    }

    @Test
    void downloadSegmentsNameOnlyAConversationsOwnKinds() {
        assertThat(MediaUrls.conversationKind("video")).isEqualTo(MediaKind.VIDEO);
        assertThat(MediaUrls.conversationKind("img")).isEqualTo(MediaKind.PHOTO);
        assertThatThrownBy(() -> MediaUrls.conversationKind("exe")).isInstanceOf(MediaNotFoundException.class);
        assertThatThrownBy(() -> MediaUrls.conversationKind("avatar")).isInstanceOf(MediaNotFoundException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "../../../etc/passwd, message.foreign_file",
        "/chat/0/img/1700000000000_cat.png, message.foreign_file",
        "/chat/-1/img/1700000000000_cat.png, message.foreign_file",
        "/chat/1x/img/1700000000000_cat.png, message.foreign_file",
        "/room/1/img/1700000000000_cat.png, message.foreign_file",
        "https://example.org/chat/1/img/1700000000000_cat.png, message.foreign_file",
        "/chat/1/exe/1700000000000_cat.png, message.invalid_files",
        "/chat/1/message/img/1700000000000_cat.png, message.invalid_files",
        "/chat/1/img/../1700000000000_cat.png, message.invalid_files",
        "/chat/1/img/cat.png, message.unknown_file",
        "/chat/1/img/1700000000000_..png, message.unknown_file",
    })
    void urlsOutsideTheLayoutAreRefusedWithTheirCode(String url, String code) {
        assertThatThrownBy(() -> MediaUrls.parseMessageFile(url))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
