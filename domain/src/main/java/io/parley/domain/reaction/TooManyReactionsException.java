package io.parley.domain.reaction;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A reaction beyond a limit of {@link ReactionLimits}; nothing was added. */
public final class TooManyReactionsException extends DomainException {
    private TooManyReactionsException(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }

    static TooManyReactionsException distinct(int limit) {
        return new TooManyReactionsException(
                "reaction.too_many_kinds", "this message already carries " + limit + " different reactions");
    }

    static TooManyReactionsException ofUser(int limit) {
        return new TooManyReactionsException(
                "reaction.too_many_of_yours", "you already gave this message " + limit + " reactions");
    }
}
