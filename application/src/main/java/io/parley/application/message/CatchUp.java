package io.parley.application.message;

import java.util.List;

/**
 * What a member missed: the changes in cursor order, or, when there are more than {@link #MAX_CHANGES} (or the
 * member's cursor is not one this conversation has reached), no changes and {@code gap} set: reload through history.
 * {@code cursor} is where the member stands afterwards.
 */
public record CatchUp(List<MessageChange> changes, long cursor, boolean gap) {
    public static final int MAX_CHANGES = 1000;

    public CatchUp {
        changes = List.copyOf(changes);
    }
}
