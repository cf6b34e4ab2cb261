package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.parley.application.port.MediaStore;
import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley.media.root} places the one {@link MediaStore} bean; it defaults to {@code data/media}. */
final class StorageSettingsTest {
    @TempDir
    Path root;

    @Test
    void theMediaStoreBeanStoresBelowTheConfiguredRoot() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("parley.media.root", root.toString()))) {
            MediaStore store = context.getBean(MediaStore.class);
            MediaLocation avatar = new MediaLocation(
                    new MediaOwner(OwnerKind.USER, 2), MediaFolder.AVATARS, new StoredName("1_me.png"));

            store.put(avatar, new ByteArrayInputStream(new byte[] {1, 2}), 10);

            assertThat(store).isInstanceOf(FilesystemMediaStore.class);
            assertThat(root.resolve("users/2/avatars/1_me.png")).hasBinaryContent(new byte[] {1, 2});
        }
    }

    @Test
    void theRootDefaultsToDataMedia() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(StorageSettings.class).root()).isEqualTo("data/media");
        }
    }

    @Test
    void aBlankRootIsRefused() {
        assertThatThrownBy(() -> new StorageSettings(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
