package io.parley.adapter.rest.group;

import io.parley.domain.DomainException;
import io.parley.domain.user.UserId;
import java.util.List;

/** Turns seed 000's {@code users: [{id, name}]} into user ids; a missing list or id is a 400. */
final class UserRefs {
    private UserRefs() {}

    static List<UserId> ids(List<UserRef> users, boolean required) {
        if (users == null) {
            if (required) {
                throw DomainException.invalid("group.no_users", "give the users as {\"users\": [{\"id\": 1}]}");
            }
            return List.of();
        }
        return users.stream().map(UserRefs::id).toList();
    }

    private static UserId id(UserRef ref) {
        if (ref == null || ref.id() == null) {
            throw DomainException.invalid("group.invalid_user", "every user needs an id");
        }
        return UserId.of(ref.id());
    }
}
