package io.parley.application.presence;

/** Counts an open socket; the user's contacts hear when it is the user's first on any node. */
public interface GoOnlineUseCase {
    void goOnline(GoOnlineCommand command);
}
