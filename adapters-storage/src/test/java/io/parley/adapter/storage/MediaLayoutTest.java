package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files land exactly where seed 000 put them, so existing media directories keep working. */
final class MediaLayoutTest {
    @TempDir
    Path root;

    @Test
    void chatPhotosGroupVideosUserAvatarsAndVoiceMessagesLandInSeed000sFolders() throws IOException {
        FilesystemMediaStore store = new FilesystemMediaStore(new StorageSettings(root.toString()));

        put(store, OwnerKind.CHAT, 12, MediaFolder.PHOTOS, "1763719200000_cat.png", "photo");
        put(store, OwnerKind.GROUP, 34, MediaFolder.VIDEOS, "1763719200001_clip.mp4", "video");
        put(store, OwnerKind.USER, 56, MediaFolder.AVATARS, "1763719200002_me.jpg", "avatar");
        put(store, OwnerKind.CHAT, 12, MediaFolder.VOICE_MESSAGES, "1763719200003_voice.ogg", "voice");

        Path real = root.toRealPath();
        assertThat(filesBelow(real))
                .containsExactlyInAnyOrder(
                        "chats/12/photos/1763719200000_cat.png",
                        "groups/34/videos/1763719200001_clip.mp4",
                        "users/56/avatars/1763719200002_me.jpg",
                        "chats/12/messages/audio/1763719200003_voice.ogg");
        assertThat(real.resolve("chats/12/photos/1763719200000_cat.png").toRealPath())
                .isEqualTo(real.resolve("chats").resolve("12").resolve("photos").resolve("1763719200000_cat.png"));
        assertThat(Files.readString(real.resolve("chats/12/messages/audio/1763719200003_voice.ogg")))
                .isEqualTo("voice");
        assertThat(Files.readString(real.resolve("users/56/avatars/1763719200002_me.jpg")))
                .isEqualTo("avatar");
    }

    private static void put(
            FilesystemMediaStore store, OwnerKind kind, long id, MediaFolder folder, String name, String content) {
        MediaLocation location = new MediaLocation(new MediaOwner(kind, id), folder, new StoredName(name));
        store.put(location, new ByteArrayInputStream(content.getBytes()), 1000);
    }

    /** Every regular file below {@code root}, as a {@code /}-separated relative path. */
    static List<String> filesBelow(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }
}
