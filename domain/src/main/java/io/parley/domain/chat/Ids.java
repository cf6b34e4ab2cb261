package io.parley.domain.chat;

import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.stream.Collectors;

/** Formats user ids for error messages. */
final class Ids {
    private Ids() {}

    static String listed(Collection<UserId> users) {
        return users.stream().map(UserId::toString).collect(Collectors.joining(", "));
    }
}
