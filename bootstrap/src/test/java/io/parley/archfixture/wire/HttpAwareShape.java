package io.parley.archfixture.wire;

import io.micronaut.http.HttpStatus;

/** A deliberately wrong wire shape: it knows the HTTP adapter's framework, which the wire rule must reject. */
public record HttpAwareShape(HttpStatus status) {}
