package io.parley.application.testdata;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.CallStateChanged;
import io.parley.application.event.ChatCreated;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.event.Event;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MarkedUnread;
import io.parley.application.event.MembersAdded;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.MessageDeleted;
import io.parley.application.event.MessageEdited;
import io.parley.application.event.MessageSent;
import io.parley.application.event.PinChange;
import io.parley.application.event.PresenceChanged;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.event.SessionsEnded;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.event.TypingChanged;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.ForwardView;
import io.parley.application.model.GroupView;
import io.parley.application.model.MentionsView;
import io.parley.application.model.MessageView;
import io.parley.application.model.PinView;
import io.parley.application.model.ThreadSummaryView;
import io.parley.application.model.ThreadView;
import io.parley.domain.auth.SessionId;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event of every kind, every field filled (including unicode and nulls where allowed), for round-trip tests. */
public final class SampleEvents {
    private static final Instant AT = Instant.parse("2026-11-21T10:15:30.123456Z");
    private static final ChatId CHAT = ChatId.of(41);
    private static final UserId ALICE = UserId.of(7);
    private static final UserId BOB = UserId.of(8);
    private static final List<UserId> BOTH = List.of(ALICE, BOB);

    private SampleEvents() {}

    /** A message as members see it, with {@code n} in its text and seq; its author is online when n is odd. */
    public static MessageView message(long n) {
        return new MessageView(
                        100 + n,
                        CHAT.value(),
                        ChatKind.GROUP,
                        n,
                        ALICE.value(),
                        "Алиса ✓",
                        "text \"" + n + "\" \n ünïcødé 🎉",
                        "client-" + n,
                        AT,
                        n % 2 == 0 ? AT.plusSeconds(5) : null,
                        n > 3)
                .withAuthorOnline(n % 2 == 1);
    }

    /** Every kind of event once. */
    public static List<Event> everyKind() {
        return List.of(
                new MessageSent(message(1), 1, BOTH),
                new MessageSent(
                        new MessageView(
                                201,
                                CHAT.value(),
                                ChatKind.GROUP,
                                7,
                                ALICE.value(),
                                "Alice",
                                "",
                                null,
                                AT,
                                null,
                                false,
                                "with_files",
                                List.of(new AttachmentView(
                                        new MediaRef(
                                                new MediaOwner(OwnerKind.GROUP, 41),
                                                MediaKind.PHOTO,
                                                new StoredName("1_a.png")),
                                        "a.png",
                                        "image/png",
                                        "photo",
                                        1234))),
                        8,
                        BOTH),
                new MessageSent(
                        message(5).withForwardedFrom(new ForwardView(BOB.value(), "Боб ✓", AT.minusSeconds(3600))),
                        10,
                        BOTH),
                new MessageEdited(message(2), 5, BOTH),
                new MessageEdited(
                        message(3)
                                .withMentions(new MentionsView(List.of(BOB.value()), true))
                                .withPin(new PinView(ALICE.value(), "Alice", AT)),
                        9,
                        BOTH,
                        null,
                        new PinChange(ALICE.value(), true)),
                new MessageDeleted(CHAT, ChatKind.GROUP, MessageId.of(103), 3, BOB, "Боб", AT, 6, BOTH),
                new ReadPointerMoved(CHAT, BOB, "Bob", 103, 3, false, List.of(new ReadByAll(ALICE, 102, 2)), AT, BOTH),
                new ReadPointerMoved(CHAT, ALICE, "Alice", 104, 4, true, List.of(), AT, BOTH),
                new MarkedUnread(CHAT, BOB, "Bob", 103, 3, 2, 1, AT, List.of(BOB)),
                new ThreadReadMoved(CHAT, BOB, 101, 2, 1, AT, List.of(BOB)),
                new ChatSettingsChanged(CHAT, ChatKind.GROUP, BOB, AT, false, true, false, AT, List.of(BOB)),
                new ChatCreated(CHAT, ChatKind.PRIVATE, BOTH),
                new ChatDeleted(CHAT, ChatKind.GROUP, BOTH),
                new MembersAdded(CHAT, List.of(BOB), 9, BOTH),
                new MembersRemoved(CHAT, List.of(BOB), true, BOTH),
                new GroupChanged(new GroupView(CHAT.value(), "Team ✨", "", ALICE.value(), 2, AT), BOTH),
                new TypingChanged(CHAT, ALICE, "Alice", true, AT, List.of(BOB)),
                new PresenceChanged(ALICE, false, AT, List.of(CHAT, ChatId.of(42)), List.of(BOB)),
                new PresenceChanged(BOB, true, null, List.of(), List.of()),
                SessionsEnded.one(ALICE, new SessionId(UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2"))),
                SessionsEnded.allBut(BOB, null),
                new CallSignal(
                        CHAT,
                        "offer",
                        "s-1",
                        ALICE,
                        "s-2",
                        BOB,
                        "{\"type\":\"offer\",\"sdp\":\"v=0\\r\\no=- 1 1 IN IP4 127.0.0.1\\r\\n\"}"),
                new CallMembershipChanged(CHAT, new CallParticipant("s-2", BOB, "Bob"), true, List.of(ALICE)),
                new CallStateChanged(CHAT, ChatKind.GROUP, false, ALICE, "Alice", AT, BOTH),
                // a reply in a thread, then its root with the thread's summary
                new MessageSent(message(6).withThread(new ThreadView(101L, 2L, null)), 11, BOTH),
                new MessageEdited(
                        message(1)
                                .withThread(ThreadView.root(new ThreadSummaryView(
                                        2,
                                        new ThreadSummaryView.LastReply(106, 2, BOB.value(), "Боб ✓", AT),
                                        List.of(ALICE.value(), BOB.value())))),
                        12,
                        BOTH));
    }
}
