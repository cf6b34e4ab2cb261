package io.parley.application.event;

import io.parley.application.model.CallParticipant;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A session joined ({@code joined}) or left a call; told to the call's other participants ({@code audience}). */
public record CallMembershipChanged(ChatId chat, CallParticipant participant, boolean joined, List<UserId> audience)
        implements ChatEvent {
    public CallMembershipChanged {
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.callMembershipChanged(this);
    }
}
