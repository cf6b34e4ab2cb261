package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links planted inside the root that point outside it are never followed: no write, read or delete through them. */
final class SymlinkSafetyTest {
    private static final StoredName NAME = new StoredName("1_secret.txt");

    @TempDir
    Path base;

    private Path root;
    private Path outside;
    private FilesystemMediaStore store;

    @BeforeEach
    void start() throws IOException {
        root = Files.createDirectories(base.resolve("media"));
        outside = Files.createDirectories(base.resolve("outside"));
        store = new FilesystemMediaStore(new StorageSettings(root.toString()));
    }

    @Test
    void anOwnerFolderLinkedOutsideIsNeitherWrittenNorReadNorDeletedThrough() throws IOException {
        Files.createDirectories(root.resolve("chats"));
        Files.createSymbolicLink(root.resolve("chats/7"), outside);
        MediaLocation photo = at(OwnerKind.CHAT, 7, MediaFolder.PHOTOS);

        assertThatThrownBy(() -> put(photo)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MediaLayoutTest.filesBelow(outside)).isEmpty();
        assertThat(outside.resolve("photos")).doesNotExist();

        Path secret = plantSecret("photos/" + NAME.value());
        assertThatThrownBy(() -> store.open(photo, 0, 10)).isInstanceOf(MediaNotFoundException.class);
        assertThatThrownBy(() -> store.delete(photo)).isInstanceOf(MediaNotFoundException.class);
        assertThat(secret).hasContent("secret");
    }

    @Test
    void aKindFolderLinkedOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(root.resolve("groups"), outside);
        MediaLocation video = at(OwnerKind.GROUP, 3, MediaFolder.VIDEOS);
        Path secret = plantSecret("3/videos/" + NAME.value());

        assertThatThrownBy(() -> put(video)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(video, 0, 10)).isInstanceOf(MediaNotFoundException.class);
        assertThatThrownBy(() -> store.deleteAll(video.owner())).isInstanceOf(MediaNotFoundException.class);
        assertThat(secret).hasContent("secret");
        assertThat(MediaLayoutTest.filesBelow(outside)).containsExactly("3/videos/" + NAME.value());
    }

    @Test
    void aFileLinkedOutsideIsNotFollowed() throws IOException {
        Path secret = plantSecret("secret.txt");
        Path folder = Files.createDirectories(root.resolve("chats/8/photos"));
        Files.createSymbolicLink(folder.resolve(NAME.value()), secret);
        MediaLocation photo = at(OwnerKind.CHAT, 8, MediaFolder.PHOTOS);

        assertThatThrownBy(() -> store.open(photo, 0, 10)).isInstanceOf(MediaNotFoundException.class);
        assertThatThrownBy(() -> put(photo)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.delete(photo)).isInstanceOf(MediaNotFoundException.class);
        assertThat(secret).hasContent("secret");
    }

    @Test
    void deletingAllOfAnOwnersFilesRemovesLinksButNotWhatTheyPointTo() throws IOException {
        Path secret = plantSecret("secret.txt");
        MediaLocation photo = at(OwnerKind.CHAT, 9, MediaFolder.PHOTOS);
        put(photo);
        Files.createSymbolicLink(root.resolve("chats/9/files"), outside);
        Files.createSymbolicLink(root.resolve("chats/9/photos/1_link.txt"), secret);

        store.deleteAll(photo.owner());

        assertThat(root.resolve("chats/9")).doesNotExist();
        assertThat(secret).hasContent("secret");
    }

    @Test
    void pathsThatLeaveTheRootAreNotResolved() {
        MediaPaths paths = new MediaPaths(root);

        assertThat(paths.resolve("../outside/secret.txt")).isEmpty();
        assertThat(paths.resolve("chats/1/../../../outside")).isEmpty();
        assertThat(paths.resolve(outside.resolve("secret.txt").toString())).isEmpty();
        assertThat(paths.resolve("chats/..")).isEmpty();
        assertThat(paths.resolve("chats/1/photos/1_a.png"))
                .contains(paths.root().resolve("chats/1/photos/1_a.png"));
    }

    private Path plantSecret(String relative) throws IOException {
        Path secret = outside.resolve(relative);
        Files.createDirectories(secret.getParent());
        return Files.writeString(secret, "secret");
    }

    private void put(MediaLocation location) {
        store.put(location, new ByteArrayInputStream("mine".getBytes()), 100);
    }

    private static MediaLocation at(OwnerKind kind, long id, MediaFolder folder) {
        return new MediaLocation(new MediaOwner(kind, id), folder, NAME);
    }
}
