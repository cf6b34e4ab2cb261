package io.parley.archfixture.domain;

import io.micronaut.core.annotation.Introspected;

/** A deliberately wrong "domain" class: it imports Micronaut, which the domain rule must reject. */
@Introspected
public final class LeakyAggregate {}
