package io.parley.adapter.rest;

import io.micronaut.context.annotation.Factory;
import io.parley.application.account.ChangePasswordUseCase;
import io.parley.application.account.LogInUseCase;
import io.parley.application.account.LogOutEverywhereUseCase;
import io.parley.application.account.LogOutUseCase;
import io.parley.application.account.RefreshSessionUseCase;
import io.parley.application.account.RegisterAccountUseCase;
import io.parley.application.account.VerifySessionUseCase;
import io.parley.application.chat.ChangeChatSettingsUseCase;
import io.parley.application.fake.ScriptedUseCases;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.message.DeleteMessageUseCase;
import io.parley.application.message.EditMessageUseCase;
import io.parley.application.message.ListMessagesUseCase;
import io.parley.application.message.ListPinnedMessagesUseCase;
import io.parley.application.message.MarkReadUseCase;
import io.parley.application.message.MarkUnreadUseCase;
import io.parley.application.message.PinMessageUseCase;
import io.parley.application.message.ReactToMessageUseCase;
import io.parley.application.message.SendDirectMessageUseCase;
import io.parley.application.message.SendMessageUseCase;
import io.parley.application.profile.GetProfileUseCase;
import io.parley.application.thread.ListThreadMessagesUseCase;
import io.parley.application.thread.ListThreadsUseCase;
import io.parley.application.thread.MarkThreadReadUseCase;
import jakarta.inject.Singleton;

/** The use cases of the auth and message controllers (and the revoked-session filter), each backed by the script. */
@Factory
final class FakeUseCaseFactory {

    @Singleton
    ScriptedUseCases script() {
        return new ScriptedUseCases();
    }

    @Singleton
    RegisterAccountUseCase register(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    LogInUseCase logIn(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    RefreshSessionUseCase refresh(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    LogOutUseCase logOut(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    LogOutEverywhereUseCase logOutEverywhere(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    ChangePasswordUseCase changePassword(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    GetProfileUseCase profile(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    VerifySessionUseCase verifySession(ScriptedUseCases script) {
        return query -> script.<Boolean>handle(query);
    }

    @Singleton
    ListMessagesUseCase history(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    SendMessageUseCase send(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    SendDirectMessageUseCase sendDirect(ScriptedUseCases script) {
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
    ListThreadMessagesUseCase listThreadMessages(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    ListThreadsUseCase listThreads(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    MarkThreadReadUseCase markThreadRead(ScriptedUseCases script) {
        return script::handle;
    }

    @Singleton
    DeleteMessageUseCase delete(ScriptedUseCases script) {
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
    ChangeChatSettingsUseCase changeChatSettings(ScriptedUseCases script) {
        return script::handle;
    }

    /** No limits here: the limits are bootstrap's end-to-end tests' business. */
    @Singleton
    TakeQuotaUseCase quotas() {
        return command -> {};
    }
}
