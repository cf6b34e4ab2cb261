package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of adding a reaction: one emoji, or a shortcode of the documented list such as {@code :+1:}. */
@Serdeable
public record ReactionRequest(@Nullable String emoji) {}
