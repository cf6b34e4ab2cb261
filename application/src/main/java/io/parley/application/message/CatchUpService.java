package io.parley.application.message;

import io.parley.application.chat.Conversations;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.MessageView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import io.parley.application.presence.AuthorPresence;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.ReadHorizon;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what changed after a cursor, each message once in its latest state: a message the member never saw comes
 * as new (or not at all if it is already deleted), one they saw comes as an edit or a deletion.
 */
public final class CatchUpService implements CatchUpUseCase {
    private final ChatRepository chats;
    private final MessageRepository messages;
    private final Conversations conversations;
    private final TransactionRunner transactions;
    private final AuthorPresence presence;

    public CatchUpService(
            ChatRepository chats,
            MessageRepository messages,
            TransactionRunner transactions,
            PresenceTracker presence) {
        this.chats = chats;
        this.messages = messages;
        this.conversations = new Conversations(chats);
        this.transactions = transactions;
        this.presence = new AuthorPresence(presence);
    }

    @Override
    public CatchUp catchUp(CatchUpQuery query) {
        CatchUp caughtUp = transactions.inTransaction(() -> {
            Membership member = conversations.requireMember(query.chat(), query.actor());
            // a cursor the client saw was committed before it asked, so it is at most the position read now
            long before = chats.position(member.chat()).cursor();
            if (query.since() > before) {
                return new CatchUp(List.of(), before, true);
            }
            // cursors commit in order under the conversation's lock, so one read gives a complete prefix of the
            // changes: the newest row read carries the cursor the client then stands at, whatever commits meanwhile
            List<ChangedMessage> rows = messages.changedSince(member.chat(), query.since(), CatchUp.MAX_CHANGES + 1);
            if (rows.size() > CatchUp.MAX_CHANGES) {
                // the reload the client now does through REST sees everything up to here; later changes come live
                return new CatchUp(List.of(), before, true);
            }
            ReadHorizon horizon = chats.readHorizon(member.chat());
            List<MessageChange> changes = new ArrayList<>();
            long reached = query.since();
            for (ChangedMessage row : rows) {
                reached = Math.max(reached, row.changedCursor());
                boolean seenBefore = row.createdCursor() <= query.since();
                if (row.deleted()) {
                    if (seenBefore) {
                        changes.add(MessageChange.deleted(member.chat().value(), member.kind(), row));
                    }
                    continue;
                }
                MessageView view = MessageViews.of(row.live(), member.kind(), horizon)
                        .forViewer(query.actor().value());
                changes.add(MessageChange.of(
                        seenBefore ? MessageChange.Kind.EDITED : MessageChange.Kind.CREATED,
                        view,
                        row.changedCursor()));
            }
            return new CatchUp(changes, reached, false);
        });
        return new CatchUp(withAuthorPresence(caughtUp.changes()), caughtUp.cursor(), caughtUp.gap());
    }

    private List<MessageChange> withAuthorPresence(List<MessageChange> changes) {
        List<MessageChange> withMessage =
                changes.stream().filter(c -> c.message() != null).toList();
        List<MessageView> marked =
                presence.mark(withMessage.stream().map(MessageChange::message).toList());
        List<MessageChange> result = new ArrayList<>(changes.size());
        int next = 0;
        for (MessageChange change : changes) {
            result.add(change.message() == null ? change : change.withMessage(marked.get(next++)));
        }
        return result;
    }
}
