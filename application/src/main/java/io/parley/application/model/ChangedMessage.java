package io.parley.application.model;

import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;

/**
 * A message as it stands after its latest change: {@code live} is null once deleted ({@code deletedBy} and
 * {@code deletedAt} then say by whom and when, {@code deletedByName} the deleter's current name). {@code createdCursor} is the change that created it,
 * {@code changedCursor} its latest change.
 */
public record ChangedMessage(
        MessageId id,
        long seq,
        long createdCursor,
        long changedCursor,
        AuthoredMessage live,
        UserId deletedBy,
        String deletedByName,
        Instant deletedAt) {

    /** True once the message has been deleted. */
    public boolean deleted() {
        return live == null;
    }
}
