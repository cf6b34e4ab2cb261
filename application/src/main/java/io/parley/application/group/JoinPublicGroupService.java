package io.parley.application.group;

import io.parley.application.event.MembersAdded;
import io.parley.application.model.GroupView;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.Group;
import java.util.List;

/** Adds a user to a public group at their own request; the members hear of it as of any addition. */
public final class JoinPublicGroupService implements JoinPublicGroupUseCase {
    private final GroupEditor editor;
    private final ChatRepository chats;
    private final Clock clock;

    public JoinPublicGroupService(
            ChatRepository chats, TransactionRunner transactions, EventPublisher events, Clock clock) {
        this.editor = new GroupEditor(chats, transactions, events);
        this.chats = chats;
        this.clock = clock;
    }

    @Override
    public GroupView join(JoinPublicGroupCommand command) {
        Group after = editor.apply(command.group(), before -> {
            Group grown = before.joinPublic(command.actor(), clock.now());
            return new GroupEditor.Outcome(
                    grown,
                    List.of(new MembersAdded(
                            grown.id(),
                            List.of(command.actor()),
                            chats.position(grown.id()).cursor(),
                            grown.memberIds())));
        });
        return GroupViews.of(after);
    }
}
