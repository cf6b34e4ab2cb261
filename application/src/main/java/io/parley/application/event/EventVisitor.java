package io.parley.application.event;

/**
 * One method per kind of {@link Event} (the message changes' come from {@link SequencedChatEventVisitor}): a consumer
 * that implements it says what it does with every kind, even the ones it ignores, so a new kind fails to compile
 * until each consumer handles it. There is deliberately no default method.
 *
 * @param <R> what the consumer makes of an event ({@link Void} for none)
 */
public interface EventVisitor<R> extends SequencedChatEventVisitor<R> {

    R readPointerMoved(ReadPointerMoved event);

    R markedUnread(MarkedUnread event);

    R threadReadMoved(ThreadReadMoved event);

    R chatSettingsChanged(ChatSettingsChanged event);

    R chatCreated(ChatCreated event);

    R chatDeleted(ChatDeleted event);

    R membersAdded(MembersAdded event);

    R membersRemoved(MembersRemoved event);

    R groupChanged(GroupChanged event);

    R typingChanged(TypingChanged event);

    R presenceChanged(PresenceChanged event);

    R sessionsEnded(SessionsEnded event);

    R callSignal(CallSignal event);

    R callMembershipChanged(CallMembershipChanged event);

    R callStateChanged(CallStateChanged event);
}
