package io.parley.application.presence;

/** Tells a user the presence of themselves or of someone they share a conversation with; others are "not found". */
public interface GetPresenceUseCase {
    PresenceView presence(GetPresenceQuery query);
}
