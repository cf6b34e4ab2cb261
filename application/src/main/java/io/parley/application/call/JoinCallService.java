package io.parley.application.call;

import io.parley.application.chat.Conversations;
import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallStateChanged;
import io.parley.application.model.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.Membership;
import io.parley.domain.user.UserNotFoundException;
import java.util.List;

/**
 * Members only (outsiders: "not found"); the server makes the session id (a client's is ignored). The others in the
 * call hear of the newcomer; when the call was empty, every member of the conversation hears that it began.
 */
public final class JoinCallService implements JoinCallUseCase {
    private final ChatRepository chats;
    private final UserRepository users;
    private final Conversations conversations;
    private final CallRoster roster;
    private final EventPublisher events;
    private final Clock clock;

    public JoinCallService(
            ChatRepository chats, UserRepository users, CallRoster roster, EventPublisher events, Clock clock) {
        this.chats = chats;
        this.users = users;
        this.conversations = new Conversations(chats);
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public JoinedCall join(JoinCallCommand command) {
        Membership member = conversations.requireMember(command.chat(), command.actor());
        String name = users.findById(command.actor())
                .orElseThrow(() -> new UserNotFoundException(command.actor()))
                .name()
                .value();
        CallParticipant me = new CallParticipant(command.sessionId(), command.actor(), name);
        List<CallParticipant> before = roster.join(member.chat(), me);
        if (!before.isEmpty()) {
            events.publish(new CallMembershipChanged(
                    member.chat(),
                    me,
                    true,
                    before.stream().map(CallParticipant::user).distinct().toList()));
        } else {
            events.publish(new CallStateChanged(
                    member.chat(),
                    member.kind(),
                    true,
                    command.actor(),
                    name,
                    clock.now(),
                    chats.memberIds(member.chat())));
        }
        return new JoinedCall(me.sessionId(), before);
    }
}
