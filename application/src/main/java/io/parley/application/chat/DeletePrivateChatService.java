package io.parley.application.chat;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ChatDeleted;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MediaStore;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.user.UserId;
import java.util.List;

/** Either member may delete a private chat; it goes for both, messages included. */
public final class DeletePrivateChatService implements DeletePrivateChatUseCase {
    private final ChatRepository chats;
    private final Conversations conversations;
    private final CommitThenPublish commits;
    private final MediaStore media;

    public DeletePrivateChatService(ChatRepository chats, TransactionRunner transactions, EventPublisher events) {
        this(chats, transactions, events, null);
    }

    /** One that also removes the chat's files from {@code media} (null: the server stores none) after commit. */
    public DeletePrivateChatService(
            ChatRepository chats, TransactionRunner transactions, EventPublisher events, MediaStore media) {
        this.chats = chats;
        this.conversations = new Conversations(chats);
        this.commits = new CommitThenPublish(transactions, events);
        this.media = media;
    }

    @Override
    public void delete(DeletePrivateChatCommand command) {
        ChatAddress address = new ChatAddress(ChatKind.PRIVATE, command.chat());
        commits.run(after -> {
            conversations.requireMember(address, command.actor());
            List<UserId> members = chats.memberIds(command.chat());
            chats.delete(command.chat());
            after.publish(new ChatDeleted(command.chat(), ChatKind.PRIVATE, members));
            if (media != null) {
                // its media rows went with it; its files go once that has committed
                after.then(
                        "the files of deleted chat " + command.chat().value(),
                        () -> media.deleteAll(MediaOwner.of(address)));
            }
            return null;
        });
    }
}
