package io.parley.domain;

import java.util.Objects;

/** A business rule refused an action; carries a kind for the status and a stable code for clients. */
public class DomainException extends RuntimeException {
    private final ErrorKind kind;
    private final String code;

    public DomainException(ErrorKind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Stable, dotted, machine-readable code such as {@code user.username_taken}. */
    public String code() {
        return code;
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(ErrorKind.INVALID, code, message);
    }
}
