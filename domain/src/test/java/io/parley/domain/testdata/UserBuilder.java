package io.parley.domain.testdata;

import io.parley.domain.user.DisplayName;
import io.parley.domain.user.Email;
import io.parley.domain.user.PasswordHash;
import io.parley.domain.user.ProfileDescription;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;
import java.time.Instant;

/** Test users with sensible defaults: {@code aUser().named("alice").withEmail("a@example.org").build(id)}. */
public final class UserBuilder {
    public static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.123456Z");
    private String username = "alice";
    private String name;
    private String description = "";
    private String email;
    private String passwordHash = "test-hash";
    private Instant createdAt = CREATED;

    private UserBuilder() {}

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    /** Username, and also the display name unless {@link #displayed} says otherwise. */
    public UserBuilder named(String username) {
        this.username = username;
        return this;
    }

    public UserBuilder displayed(String name) {
        this.name = name;
        return this;
    }

    public UserBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public UserBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public UserBuilder withPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        return this;
    }

    public UserBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public User build(UserId id) {
        return User.register(
                id,
                Username.of(username),
                email == null ? null : Email.of(email),
                name == null ? null : DisplayName.of(name),
                ProfileDescription.of(description),
                new PasswordHash(passwordHash),
                createdAt);
    }

    public User build(long id) {
        return build(UserId.of(id));
    }
}
