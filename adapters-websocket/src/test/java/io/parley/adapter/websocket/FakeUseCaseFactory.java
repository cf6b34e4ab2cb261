package io.parley.adapter.websocket;

import io.micronaut.context.annotation.Factory;
import io.parley.application.call.JoinCallUseCase;
import io.parley.application.call.KeepCallsAliveUseCase;
import io.parley.application.call.LeaveCallUseCase;
import io.parley.application.call.RelayCallSignalUseCase;
import io.parley.application.chat.ChangeChatSettingsUseCase;
import io.parley.application.chat.CheckMembershipUseCase;
import io.parley.application.chat.IndicateTypingUseCase;
import io.parley.application.chat.OpenInboxUseCase;
import io.parley.application.fake.FakePresenceTracker;
import io.parley.application.fake.ScriptedUseCases;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.message.CatchUpUseCase;
import io.parley.application.message.DeleteMessageUseCase;
import io.parley.application.message.EditMessageUseCase;
import io.parley.application.message.GetRecentHistoryUseCase;
import io.parley.application.message.ListPinnedMessagesUseCase;
import io.parley.application.message.MarkReadUseCase;
import io.parley.application.message.MarkUnreadUseCase;
import io.parley.application.message.PinMessageUseCase;
import io.parley.application.message.ReactToMessageUseCase;
import io.parley.application.message.SendMessageUseCase;
import io.parley.application.port.OutageDetector;
import io.parley.application.port.PresenceTracker;
import io.parley.application.presence.GoOfflineUseCase;
import io.parley.application.presence.GoOnlineUseCase;
import io.parley.application.thread.MarkThreadReadUseCase;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Every use case the socket adapter calls, each backed by the one script of the test JVM. */
@Factory
final class FakeUseCaseFactory {

    @Singleton
    ScriptedUseCases script() {
        return new ScriptedUseCases();
    }

    @Singleton
    CheckMembershipUseCase membership(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    OpenInboxUseCase inbox(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    GetRecentHistoryUseCase history(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    CatchUpUseCase catchUp(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    GoOnlineUseCase online(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    GoOfflineUseCase offline(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    IndicateTypingUseCase typing(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    SendMessageUseCase send(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    MarkReadUseCase markRead(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    MarkUnreadUseCase markUnread(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    MarkThreadReadUseCase markThreadRead(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    ChangeChatSettingsUseCase changeChatSettings(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    EditMessageUseCase edit(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    ReactToMessageUseCase react(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    PinMessageUseCase pin(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    ListPinnedMessagesUseCase pinned(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    DeleteMessageUseCase delete(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    JoinCallUseCase joinCall(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    LeaveCallUseCase leaveCall(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    RelayCallSignalUseCase relay(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    KeepCallsAliveUseCase keepAlive() {
        // the call heartbeat reports this node's call sessions; no test here holds a call socket
        return sessionsByCall -> {};
    }

    /** No limits here: the limits are bootstrap's end-to-end tests' business. */
    @Singleton
    TakeQuotaUseCase quotas() {
        return command -> {};
    }

    /** Nobody has a socket open elsewhere, so the open-sockets cap never refuses. */
    @Singleton
    PresenceTracker presence() {
        return new FakePresenceTracker();
    }

    /** No database here: no failure is an outage. */
    @Singleton
    OutageDetector outages() {
        return failure -> Optional.empty();
    }
}
