package io.parley.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A person with an account and a chat profile; the profile is what other users see. */
public final class User {
    private final UserId id;
    private final Username username;
    private final Email email;
    private final DisplayName name;
    private final ProfileDescription description;
    private final PasswordHash passwordHash;
    private final Instant createdAt;

    private User(
            UserId id,
            Username username,
            Email email,
            DisplayName name,
            ProfileDescription description,
            PasswordHash passwordHash,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.email = email;
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new account; without a chosen name the username is shown. */
    public static User register(
            UserId id,
            Username username,
            Email email,
            DisplayName name,
            ProfileDescription description,
            PasswordHash passwordHash,
            Instant now) {
        DisplayName shown = name != null ? name : DisplayName.of(username.value());
        ProfileDescription about = description != null ? description : ProfileDescription.EMPTY;
        return new User(id, username, email, shown, about, passwordHash, now);
    }

    /** Rebuilds a user from storage without re-running creation rules. */
    public static User rehydrate(
            UserId id,
            Username username,
            Email email,
            DisplayName name,
            ProfileDescription description,
            PasswordHash passwordHash,
            Instant createdAt) {
        return new User(id, username, email, name, description, passwordHash, createdAt);
    }

    /** The same user with the given profile fields replaced; a null argument keeps the current value. */
    public User withProfile(ProfileChange change) {
        return new User(
                id,
                change.username() != null ? change.username() : username,
                email,
                change.name() != null ? change.name() : name,
                change.description() != null ? change.description() : description,
                passwordHash,
                createdAt);
    }

    /** The same user with a new password hash. */
    public User withPasswordHash(PasswordHash newHash) {
        return new User(id, username, email, name, description, newHash, createdAt);
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public Optional<Email> email() {
        return Optional.ofNullable(email);
    }

    public DisplayName name() {
        return name;
    }

    public ProfileDescription description() {
        return description;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
