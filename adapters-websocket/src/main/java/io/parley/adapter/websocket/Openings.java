package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.CallNotificationPayload;
import io.parley.adapter.websocket.frame.CallPayload;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.adapter.websocket.frame.HistoryPayload;
import io.parley.adapter.websocket.frame.LastMessagePayload;
import io.parley.adapter.websocket.frame.MessagePayload;
import io.parley.adapter.websocket.frame.StatusPayload;
import io.parley.adapter.websocket.frame.UnreadMessagesPayload;
import io.parley.adapter.wire.AuthorJson;
import io.parley.application.chat.Inbox;
import io.parley.application.chat.OpenInboxQuery;
import io.parley.application.chat.OpenInboxUseCase;
import io.parley.application.message.CatchUp;
import io.parley.application.message.CatchUpQuery;
import io.parley.application.message.CatchUpUseCase;
import io.parley.application.message.GetRecentHistoryUseCase;
import io.parley.application.message.MessageChange;
import io.parley.application.message.RecentHistory;
import io.parley.application.message.RecentHistoryQuery;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.OngoingCall;
import io.parley.application.presence.GoOnlineCommand;
import io.parley.application.presence.GoOnlineUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a socket sends when it opens, read after the socket joined the registry so no event falls in between: the
 * main socket's inbox (a {@code last_message} per chat, the unread messages, the online contacts, a {@code call}
 * notification per call going on), a chat socket's
 * history or, with {@code since}, the changes the client missed. Each chat's feed then goes live from the cursor the
 * snapshot was read at.
 */
@Singleton
final class Openings {
    private final OpenInboxUseCase inbox;
    private final GetRecentHistoryUseCase history;
    private final CatchUpUseCase catchUp;
    private final GoOnlineUseCase online;
    private final Feeds feeds;
    private final EventRouter router;
    private final FrameEncoder encoder;

    Openings(
            OpenInboxUseCase inbox,
            GetRecentHistoryUseCase history,
            CatchUpUseCase catchUp,
            GoOnlineUseCase online,
            Feeds feeds,
            EventRouter router,
            FrameEncoder encoder) {
        this.inbox = inbox;
        this.history = history;
        this.catchUp = catchUp;
        this.online = online;
        this.feeds = feeds;
        this.router = router;
        this.encoder = encoder;
    }

    void openMain(Connection connection) {
        online.goOnline(new GoOnlineCommand(connection.user()));
        Inbox box = inbox.open(new OpenInboxQuery(connection.user()));
        List<Runnable> starts = new ArrayList<>();
        for (ChatListItem item : box.chats()) {
            connection.mute(ChatId.of(item.id()), item.settings().mute());
            connection.reply(encoder.frame(FrameType.MESSAGE, LastMessagePayload.of(item)));
            ChatFeed feed = feeds.create(connection, new ChatAddress(item.kind(), ChatId.of(item.id())));
            connection.addFeed(feed);
            starts.add(() -> feed.start(item.cursor()));
        }
        connection.reply(encoder.frame(
                FrameType.MESSAGE,
                new UnreadMessagesPayload(
                        "unread_messages",
                        box.unread().stream()
                                .map(m -> MessagePayload.of(m, null))
                                .toList())));
        for (UserId contact : box.onlineContacts()) {
            connection.reply(encoder.frame(FrameType.STATUS, new StatusPayload("status", contact.value(), true, null)));
        }
        Instant now = Instant.now();
        for (OngoingCall call : box.calls()) {
            CallParticipant first = call.participants().get(0);
            CallPayload payload = CallPayload.of(
                    true,
                    call.chat().value(),
                    call.kind().wireName(),
                    new AuthorJson(first.user().value(), first.name()),
                    now);
            connection.reply(encoder.frame(FrameType.NOTIFICATION, new CallNotificationPayload("call", payload)));
        }
        starts.forEach(Runnable::run);
        connection.opened(event -> router.route(connection, event, null));
    }

    void openChat(Connection connection, ChatSocketRequest request) {
        online.goOnline(new GoOnlineCommand(connection.user()));
        ChatAddress chat = connection.scope();
        ChatFeed feed = feeds.create(connection, chat);
        connection.addFeed(feed);
        long cursor;
        if (request.since() != null) {
            CatchUp missed = catchUp.catchUp(new CatchUpQuery(connection.user(), chat, request.since()));
            if (missed.gap()) {
                connection.reply(feeds.gapFrame(chat.id(), missed.cursor()));
            }
            for (MessageChange change : missed.changes()) {
                connection.reply(new ChangeFrames(change, encoder).frame(false));
            }
            cursor = missed.cursor();
        } else {
            RecentHistory recent =
                    history.recent(new RecentHistoryQuery(connection.user(), chat, request.limit(), request.offset()));
            connection.reply(encoder.frame(
                    FrameType.HISTORY,
                    new HistoryPayload(
                            "history",
                            chat.id().value(),
                            recent.messages().stream()
                                    .map(m -> MessagePayload.of(m, null))
                                    .toList(),
                            recent.hasMore(),
                            recent.cursor())));
            cursor = recent.cursor();
        }
        feed.start(cursor);
        connection.opened(event -> router.route(connection, event, null));
    }
}
