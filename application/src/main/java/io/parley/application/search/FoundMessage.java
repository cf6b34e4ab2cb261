package io.parley.application.search;

import io.parley.application.model.MessageView;
import io.parley.domain.search.Highlight;
import java.util.List;

/** A message as its reader sees it, with the stretches of its text that matched. */
public record FoundMessage(MessageView message, List<Highlight> highlights) {}
