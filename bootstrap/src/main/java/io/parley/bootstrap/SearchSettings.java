package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.parley.application.search.SearchLimits;

/**
 * Message search limits ({@code parley.search.*}, env {@code PARLEY_SEARCH_*}): the longest query in characters and
 * the largest page of results; a request beyond either is a 400.
 */
@ConfigurationProperties("parley.search")
public record SearchSettings(
        @Bindable(defaultValue = "200") int maxQueryLength,
        @Bindable(defaultValue = "50") int maxPageSize) {

    SearchLimits limits() {
        return new SearchLimits(maxQueryLength, maxPageSize);
    }
}
