package io.parley.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Putting a part file in place never replaces an existing file, by hard link or by the move fallback. */
final class PublicationTest {
    @TempDir
    Path dir;

    @Test
    void publishingMakesThePartsBytesAppearAtTheTarget() throws IOException {
        Path part = Files.writeString(dir.resolve("a.part"), "new");
        Path target = dir.resolve("target");

        Publication.publish(part, target);

        assertThat(target).hasContent("new");
    }

    @Test
    void publishingOntoAnExistingFileIsRefusedAndKeepsIt() throws IOException {
        Path part = Files.writeString(dir.resolve("a.part"), "new");
        Path target = Files.writeString(dir.resolve("target"), "old");

        assertThatThrownBy(() -> Publication.publish(part, target)).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("old");
    }

    @Test
    void theMoveFallbackPlacesThePartAndRefusesAnExistingTarget() throws IOException {
        Path first = Files.writeString(dir.resolve("first.part"), "first");
        Path second = Files.writeString(dir.resolve("second.part"), "second");
        Path target = dir.resolve("target");

        Publication.move(first, target);
        assertThatThrownBy(() -> Publication.move(second, target)).isInstanceOf(IllegalStateException.class);

        assertThat(target).hasContent("first");
        assertThat(first).doesNotExist();
        assertThat(second).hasContent("second");
    }
}
