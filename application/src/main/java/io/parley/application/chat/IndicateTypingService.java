package io.parley.application.chat;

import io.parley.application.event.TypingChanged;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import java.util.List;

/** Checks membership, then publishes the indicator to the other members only. */
public final class IndicateTypingService implements IndicateTypingUseCase {
    private final ChatRepository chats;
    private final UserRepository users;
    private final Conversations conversations;
    private final EventPublisher events;
    private final Clock clock;

    public IndicateTypingService(ChatRepository chats, UserRepository users, EventPublisher events, Clock clock) {
        this.chats = chats;
        this.users = users;
        this.conversations = new Conversations(chats);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void indicate(IndicateTypingCommand command) {
        Membership typist = conversations.requireMember(command.chat(), command.actor());
        String name = users.findById(command.actor())
                .orElseThrow(() -> new UserNotFoundException(command.actor()))
                .name()
                .value();
        List<UserId> others = chats.memberIds(typist.chat()).stream()
                .filter(member -> !member.equals(command.actor()))
                .toList();
        events.publish(new TypingChanged(typist.chat(), command.actor(), name, command.typing(), clock.now(), others));
    }
}
