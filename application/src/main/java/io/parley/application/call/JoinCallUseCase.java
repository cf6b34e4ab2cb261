package io.parley.application.call;

/** Puts a member's socket into a conversation's call; the first one in starts the call for everyone to see. */
public interface JoinCallUseCase {
    JoinedCall join(JoinCallCommand command);
}
