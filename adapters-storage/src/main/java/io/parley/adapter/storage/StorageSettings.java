package io.parley.adapter.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Objects;

/**
 * Settings of the media store ({@code parley.media.*}): {@code root} is the directory that holds every media file in
 * seed 000's layout, relative to the working directory unless absolute; it is created if missing.
 */
@ConfigurationProperties("parley.media")
public record StorageSettings(
        @Bindable(defaultValue = DEFAULT_ROOT) String root) {
    /** The media root when none is configured. */
    public static final String DEFAULT_ROOT = "data/media";

    /** Refuses a missing or blank root. */
    public StorageSettings {
        Objects.requireNonNull(root, "root");
        if (root.isBlank()) {
            throw new IllegalArgumentException("parley.media.root must not be blank");
        }
    }
}
