package io.parley.application.limit;

/** The actions that are rate limited, each by its own rule; see docs/api/README.md#limits. */
public enum Limited {
    /** Registrations per client address. */
    REGISTER("registrations from this address"),
    /** Login attempts per client address. */
    LOGIN("login attempts from this address"),
    /** Messages sent per user, over REST and sockets alike. */
    SEND("messages sent"),
    /** Typing frames per user. */
    TYPING("typing frames"),
    /** Files uploaded per user. */
    UPLOAD_FILES("files uploaded"),
    /** Bytes uploaded per user. */
    UPLOAD_BYTES("bytes uploaded"),
    /** Sockets opened per user. */
    SOCKET_OPEN("sockets opened");

    private final String what;

    Limited(String what) {
        this.what = what;
    }

    /** What is counted, for people: {@code "messages sent"}. */
    public String what() {
        return what;
    }
}
