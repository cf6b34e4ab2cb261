package io.parley.application.message;

import io.parley.application.chat.Conversations;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.PinRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.ReadHorizon;
import java.util.List;

/** Shows members the pinned messages of a conversation with read flags; outsiders are told it does not exist. */
public final class ListPinnedMessagesService implements ListPinnedMessagesUseCase {
    private final ChatRepository chats;
    private final PinRepository pins;
    private final Conversations conversations;
    private final TransactionRunner transactions;
    private final AuthorPresence presence;

    public ListPinnedMessagesService(
            ChatRepository chats, PinRepository pins, TransactionRunner transactions, PresenceTracker presence) {
        this.chats = chats;
        this.pins = pins;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
        this.presence = new AuthorPresence(presence);
    }

    @Override
    public List<MessageView> list(ListPinnedMessagesQuery query) {
        List<MessageView> pinned = transactions.inTransaction(() -> {
            Membership reader = conversations.requireMember(query.chat(), query.actor());
            ReadHorizon horizon = chats.readHorizon(reader.chat());
            return pins.pinnedMessages(reader.chat()).stream()
                    .map(m -> MessageViews.of(m, reader.kind(), horizon)
                            .forViewer(query.actor().value()))
                    .toList();
        });
        return presence.mark(pinned);
    }
}
