package io.parley.application.message;

import io.parley.application.commit.AfterCommit;
import io.parley.application.event.MessageEdited;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * A thread's summary lives on its root, so a reply added or deleted changes the root: under the chat's lock the root
 * takes a change cursor of its own (after the reply's), so a resuming socket gets the root's new summary as an update,
 * and connected members get it live as the root's {@code update} frame.
 */
final class ThreadRootChanges {
    private final ChatRepository chats;
    private final MessageRepository messages;

    ThreadRootChanges(ChatRepository chats, MessageRepository messages) {
        this.chats = chats;
        this.messages = messages;
    }

    /** The thread of {@code root} changed; a deleted root shows nothing, so then nothing changes. */
    void changed(Membership member, MessageId root, List<UserId> audience, AfterCommit after) {
        // read once, under the lock: its summary already counts the reply just stored (or no longer the deleted one)
        messages.findAuthored(member.chat(), root).ifPresent(current -> {
            long cursor = chats.nextChange(member.chat());
            messages.markChanged(member.chat(), root, cursor);
            MessageView view = MessageViews.of(current, member.kind(), chats.readHorizon(member.chat()));
            after.publish(new MessageEdited(view, cursor, audience));
        });
    }
}
