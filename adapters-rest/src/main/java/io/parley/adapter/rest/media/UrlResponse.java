package io.parley.adapter.rest.media;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's answer to a single upload: {@code {"url": …}}. */
@Serdeable
public record UrlResponse(String url) {}
