package io.parley.application.model;

import io.parley.domain.mention.Mentions;
import io.parley.domain.user.UserId;
import java.util.List;

/** Whom a message mentions as members see it: user ids in the order named, and {@code everyone} ({@code @all}). */
public record MentionsView(List<Long> users, boolean everyone) {
    /** Nobody. */
    public static final MentionsView NONE = new MentionsView(List.of(), false);

    public MentionsView {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public static MentionsView of(Mentions mentions) {
        return mentions.isEmpty()
                ? NONE
                : new MentionsView(mentions.users().stream().map(UserId::value).toList(), mentions.everyone());
    }
}
