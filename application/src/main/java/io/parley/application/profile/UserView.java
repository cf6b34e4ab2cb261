package io.parley.application.profile;

import io.parley.domain.user.User;
import java.time.Instant;

/** What the application tells about a user; the e-mail is for the user's own eyes only. */
public record UserView(long id, String username, String name, String description, String email, Instant createdAt) {
    public static UserView of(User user) {
        return new UserView(
                user.id().value(),
                user.username().value(),
                user.name().value(),
                user.description().value(),
                user.email().map(Object::toString).orElse(null),
                user.createdAt());
    }
}
