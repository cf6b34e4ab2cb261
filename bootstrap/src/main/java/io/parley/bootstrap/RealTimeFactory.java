package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.parley.adapter.inprocess.InMemoryPresenceTracker;
import io.parley.adapter.inprocess.InProcessEventPublisher;
import io.parley.adapter.inprocess.LocalDelivery;
import io.parley.adapter.websocket.LocalConnections;
import io.parley.application.chat.CheckMembershipService;
import io.parley.application.chat.CheckMembershipUseCase;
import io.parley.application.chat.IndicateTypingService;
import io.parley.application.chat.IndicateTypingUseCase;
import io.parley.application.chat.OpenInboxService;
import io.parley.application.chat.OpenInboxUseCase;
import io.parley.application.message.CatchUpService;
import io.parley.application.message.CatchUpUseCase;
import io.parley.application.message.GetRecentHistoryService;
import io.parley.application.message.GetRecentHistoryUseCase;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.application.presence.ExpirePresenceService;
import io.parley.application.presence.ExpirePresenceUseCase;
import io.parley.application.presence.GetPresenceService;
import io.parley.application.presence.GetPresenceUseCase;
import io.parley.application.presence.GoOfflineService;
import io.parley.application.presence.GoOfflineUseCase;
import io.parley.application.presence.GoOnlineService;
import io.parley.application.presence.GoOnlineUseCase;
import io.parley.application.presence.ListOnlineContactsService;
import io.parley.application.presence.ListOnlineContactsUseCase;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * The real-time side: the fan-out (in-process unless {@code redis.uri} is set, then the Redis adapter's beans take
 * over), presence, typing, catching up and the sockets' snapshots, each use case exposed only as its in-port.
 */
@Factory
final class RealTimeFactory {

    @Singleton
    @Primary
    LocalDelivery localDelivery(LocalConnections sockets) {
        return new LocalDelivery(sockets);
    }

    @Singleton
    @Requires(missingProperty = "redis.uri")
    EventPublisher inProcessEvents(Provider<LocalDelivery> local) {
        return new InProcessEventPublisher(local::get);
    }

    @Singleton
    @Requires(missingProperty = "redis.uri")
    PresenceTracker inMemoryPresence() {
        return new InMemoryPresenceTracker();
    }

    @Singleton
    CatchUpUseCase catchUp(
            ChatRepository chats, MessageRepository messages, TransactionRunner tx, PresenceTracker presence) {
        return new CatchUpService(chats, messages, tx, presence);
    }

    @Singleton
    GetRecentHistoryUseCase recentHistory(
            ChatRepository chats, MessageRepository messages, TransactionRunner tx, PresenceTracker presence) {
        return new GetRecentHistoryService(chats, messages, tx, presence);
    }

    @Singleton
    CheckMembershipUseCase checkMembership(ChatRepository chats) {
        return new CheckMembershipService(chats);
    }

    @Singleton
    IndicateTypingUseCase indicateTyping(
            ChatRepository chats, UserRepository users, EventPublisher events, Clock clock) {
        return new IndicateTypingService(chats, users, events, clock);
    }

    @Singleton
    OpenInboxUseCase openInbox(
            ChatRepository chats, MessageRepository messages, PresenceTracker presence, CallRoster calls) {
        return new OpenInboxService(chats, messages, presence, calls);
    }

    @Singleton
    GoOnlineUseCase goOnline(PresenceTracker presence, ChatRepository chats, EventPublisher events) {
        return new GoOnlineService(presence, chats, events);
    }

    @Singleton
    GoOfflineUseCase goOffline(
            PresenceTracker presence, UserRepository users, ChatRepository chats, EventPublisher events, Clock clock) {
        return new GoOfflineService(presence, users, chats, events, clock);
    }

    @Singleton
    ExpirePresenceUseCase expirePresence(
            PresenceTracker presence, UserRepository users, ChatRepository chats, EventPublisher events) {
        return new ExpirePresenceService(presence, users, chats, events);
    }

    @Singleton
    GetPresenceUseCase getPresence(PresenceTracker presence, UserRepository users, ChatRepository chats) {
        return new GetPresenceService(presence, users, chats);
    }

    @Singleton
    ListOnlineContactsUseCase onlineContacts(PresenceTracker presence, UserRepository users, ChatRepository chats) {
        return new ListOnlineContactsService(presence, users, chats);
    }
}
