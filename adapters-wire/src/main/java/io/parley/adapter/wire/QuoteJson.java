package io.parley.adapter.wire;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.QuoteView;

/**
 * The quote a reply carries: the quoted message's id, author, first 200 characters ({@code text}, null once deleted)
 * and {@code type} (seed 000's message type: {@code message}, {@code with_files}, ...), and {@code deleted}.
 */
@Serdeable
public record QuoteJson(
        long messageId, AuthorJson author, @Nullable String text, String type, boolean deleted) {
    public static QuoteJson of(QuoteView quote) {
        return new QuoteJson(
                quote.messageId(),
                new AuthorJson(quote.authorId(), quote.authorName()),
                quote.text(),
                quote.type(),
                quote.deleted());
    }
}
