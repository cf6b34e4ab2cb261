package io.parley.domain.mention;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A message's mentions break a rule of {@link Mentions}; nothing was stored. */
public final class MentionRefusedException extends DomainException {
    private MentionRefusedException(ErrorKind kind, String code, String message) {
        super(kind, code, message);
    }

    static MentionRefusedException invalid(String message) {
        return new MentionRefusedException(ErrorKind.INVALID, "message.invalid_mentions", message);
    }

    static MentionRefusedException tooMany(int limit) {
        return new MentionRefusedException(
                ErrorKind.INVALID, "message.too_many_mentions", "a message may mention at most " + limit + " users");
    }

    static MentionRefusedException everyoneForbidden() {
        return new MentionRefusedException(
                ErrorKind.FORBIDDEN,
                "message.mention_all_forbidden",
                "only the owner or an admin of a group may mention everyone (mention_all)");
    }
}
