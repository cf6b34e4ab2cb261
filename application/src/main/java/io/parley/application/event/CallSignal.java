package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * A WebRTC signal ({@code offer}, {@code answer}, {@code ice}) from one session of a call to another, relayed only to
 * the target; {@code payload} is the client's JSON, passed on untouched.
 */
public record CallSignal(
        ChatId chat, String type, String fromSession, UserId from, String toSession, UserId to, String payload)
        implements ChatEvent {

    @Override
    public List<UserId> audience() {
        return List.of(to);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.callSignal(this);
    }
}
