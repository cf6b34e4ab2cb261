package io.parley.application.message;

/** Moves the caller's read pointer forward to a message; never backwards. */
public interface MarkReadUseCase {
    ReadState markRead(MarkReadCommand command);
}
