package io.parley.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    private static SearchText query(String q) {
        return SearchText.of(q, 100);
    }

    @Test
    void everyOccurrenceOfEachWordIsMarkedIgnoringCase() {
        assertThat(Highlights.in("Lunch? lunch at noon, LUNCH!", query("lunch")))
                .containsExactly(new Highlight(0, 5), new Highlight(7, 12), new Highlight(22, 27));
    }

    @Test
    void aPhraseAndItsWordsMergeIntoOneStretch() {
        assertThat(Highlights.in("see you at the station", query("the station")))
                .containsExactly(new Highlight(11, 22));
    }

    @Test
    void partialWordsAndCjkAreMarkedWhereTheyOccur() {
        assertThat(Highlights.in("reconnecting…", query("connect"))).containsExactly(new Highlight(2, 9));
        assertThat(Highlights.in("明日東京タワーへ行く", query("東京"))).containsExactly(new Highlight(2, 4));
    }

    @Test
    void offsetsAreUtf16IndicesOfTheOriginalTextAfterAnEmoji() {
        String text = "🎉 party";
        assertThat(Highlights.in(text, query("party"))).containsExactly(new Highlight(3, 8));
        assertThat(text.substring(3, 8)).isEqualTo("party");
    }

    @Test
    void markupInTheTextIsNotTouched() {
        assertThat(Highlights.in("<b>bold</b>", query("bold"))).containsExactly(new Highlight(3, 7));
    }

    @Test
    void noMatchGivesNoHighlight() {
        assertThat(Highlights.in("nothing here", query("absent"))).isEmpty();
    }

    @Test
    void emptyBlankTooLongAndControlQueriesAreRefused() {
        assertThatThrownBy(() -> SearchText.of("  ", 10))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "search.empty_query");
        assertThatThrownBy(() -> SearchText.of(null, 10)).hasFieldOrPropertyWithValue("code", "search.empty_query");
        assertThatThrownBy(() -> SearchText.of("x".repeat(11), 10))
                .hasFieldOrPropertyWithValue("code", "search.query_too_long");
        assertThatThrownBy(() -> SearchText.of("a\u0000b", 10))
                .hasFieldOrPropertyWithValue("code", "search.invalid_query");
        assertThat(SearchText.of("🎉".repeat(10), 10).value()).hasSize(20);
    }
}
