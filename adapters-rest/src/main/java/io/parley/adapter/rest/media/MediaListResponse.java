package io.parley.adapter.rest.media;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of a conversation's files, newest first, with seed 000's URLs. */
@Serdeable
public record MediaListResponse(List<MediaFileResponse> files, int limit, long offset) {}
