package io.parley.adapter.websocket;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON error body of a refused socket upgrade, shaped like every other Parley error. */
@Serdeable
record UpgradeRefusal(String error, String message) {}
