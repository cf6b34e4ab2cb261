package io.parley.application.group;

import io.parley.application.port.UserRepository;
import io.parley.domain.DomainException;
import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.List;

/** Checks a list of users named in a group request: not empty when required, not too long, all existing. */
final class GroupMembersRequest {
    static final int MAX_USERS = 500;

    private GroupMembersRequest() {}

    static void checkSize(Collection<UserId> users, boolean mayBeEmpty) {
        if (users == null || (!mayBeEmpty && users.isEmpty())) {
            throw DomainException.invalid("group.no_users", "name at least one user");
        }
        if (users.size() > MAX_USERS) {
            throw DomainException.invalid("group.too_many_users", "at most " + MAX_USERS + " users per request");
        }
    }

    static void checkExist(Collection<UserId> users, UserRepository directory) {
        List<UserId> unknown = users.stream()
                .distinct()
                .filter(u -> directory.findById(u).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid(
                    "group.unknown_users",
                    "no such users: "
                            + String.join(
                                    ", ", unknown.stream().map(UserId::toString).toList()));
        }
    }
}
