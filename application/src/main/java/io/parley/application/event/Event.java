package io.parley.application.event;

import io.parley.domain.user.UserId;
import java.util.List;

/** Something connected clients hear of: a committed change, a typing indicator, a presence change, a logout. */
public sealed interface Event permits ChatEvent, PresenceChanged, SessionsEnded {

    /** The only users who may be told: for chat events the members after the change plus anyone it removed. */
    List<UserId> audience();

    /** Hands this event to the visitor's method for its kind and returns what that method returns. */
    <R> R accept(EventVisitor<R> visitor);
}
