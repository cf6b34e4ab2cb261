package io.parley.application.model;

import java.time.Instant;

/** That a message is pinned: by whom (id and current name) and when. */
public record PinView(long byId, String byName, Instant at) {}
