package io.parley.application.presence;

/** Counts a closed socket; when it was the user's last anywhere, stores last seen and tells their contacts. */
public interface GoOfflineUseCase {
    void goOffline(GoOfflineCommand command);
}
