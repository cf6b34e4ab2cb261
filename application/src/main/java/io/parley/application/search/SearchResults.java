package io.parley.application.search;

import java.util.List;

/** A page of matches, newest first; {@code nextBeforeId} is the cursor of the next page, null on the last. */
public record SearchResults(List<FoundMessage> messages, Long nextBeforeId) {}
