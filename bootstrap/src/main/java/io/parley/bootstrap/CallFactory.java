package io.parley.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parley.adapter.inprocess.InMemoryCallRoster;
import io.parley.application.call.CallSessionsService;
import io.parley.application.call.GetIceServersService;
import io.parley.application.call.GetIceServersUseCase;
import io.parley.application.call.IceSettings;
import io.parley.application.call.JoinCallService;
import io.parley.application.call.JoinCallUseCase;
import io.parley.application.call.LeaveCallService;
import io.parley.application.call.LeaveCallUseCase;
import io.parley.application.call.RelayCallSignalService;
import io.parley.application.call.RelayCallSignalUseCase;
import io.parley.application.port.CallRoster;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.UserRepository;
import jakarta.inject.Singleton;

/** Call signalling: who is in which call (in memory, or the Redis adapter's with {@code redis.uri}) and its use cases. */
@Factory
final class CallFactory {

    @Singleton
    @Requires(missingProperty = "redis.uri")
    CallRoster inMemoryCalls() {
        return new InMemoryCallRoster();
    }

    @Singleton
    JoinCallUseCase joinCall(
            ChatRepository chats, UserRepository users, CallRoster roster, EventPublisher events, Clock clock) {
        return new JoinCallService(chats, users, roster, events, clock);
    }

    @Singleton
    LeaveCallUseCase leaveCall(ChatRepository chats, CallRoster roster, EventPublisher events, Clock clock) {
        return new LeaveCallService(chats, roster, events, clock);
    }

    @Singleton
    RelayCallSignalUseCase relayCallSignal(CallRoster roster, EventPublisher events) {
        return new RelayCallSignalService(roster, events);
    }

    /** Keeps this node's sessions alive in the roster and sweeps out those of crashed nodes. */
    @Singleton
    CallSessionsService callSessions(
            ChatRepository chats, CallRoster roster, EventPublisher events, Clock clock, CallSettings settings) {
        return new CallSessionsService(chats, roster, events, clock, settings.sessionExpiry());
    }

    /** Made at startup, so a misconfigured ICE server URL stops the start rather than failing the first call. */
    @Context
    GetIceServersUseCase iceServers(CallSettings settings, Clock clock) {
        return new GetIceServersService(
                new IceSettings(
                        settings.stunUrls(), settings.turnUrls(), settings.turnSecret(), settings.credentialTtl()),
                clock);
    }
}
