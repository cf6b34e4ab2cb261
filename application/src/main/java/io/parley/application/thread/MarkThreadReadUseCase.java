package io.parley.application.thread;

/** Moves a member's read pointer in a thread. */
public interface MarkThreadReadUseCase {
    /**
     * Moves the pointer forward to the named reply (never back: reading an older one again changes nothing), making
     * the actor a participant; a {@code thread_seq} beyond the newest reply is {@code thread.invalid_read} (400).
     */
    ThreadReadState markRead(MarkThreadReadCommand command);
}
