package io.parley.adapter.rest.chat;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.wire.ChatSettingsChanges;
import io.parley.application.chat.ChangeChatSettingsCommand;
import io.parley.application.chat.ChangeChatSettingsUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;

/**
 * The caller's own settings of a chat: {@code PUT} or {@code PATCH …/settings} with {@code muted_until} and/or
 * {@code archived} (a field left out is kept) answers the settings as they now are.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ChatSettingsController {
    private final ChangeChatSettingsUseCase settings;

    public ChatSettingsController(ChangeChatSettingsUseCase settings) {
        this.settings = settings;
    }

    @Put("/chat/{id}/settings")
    public ChatSettingsResponse putInChat(@PathVariable long id, @Body JsonNode body, Authentication caller) {
        return change(ChatAddress.privateChat(id), body, caller);
    }

    @Patch("/chat/{id}/settings")
    public ChatSettingsResponse patchInChat(@PathVariable long id, @Body JsonNode body, Authentication caller) {
        return change(ChatAddress.privateChat(id), body, caller);
    }

    @Put("/group/{id}/settings")
    public ChatSettingsResponse putInGroup(@PathVariable long id, @Body JsonNode body, Authentication caller) {
        return change(ChatAddress.group(id), body, caller);
    }

    @Patch("/group/{id}/settings")
    public ChatSettingsResponse patchInGroup(@PathVariable long id, @Body JsonNode body, Authentication caller) {
        return change(ChatAddress.group(id), body, caller);
    }

    private ChatSettingsResponse change(ChatAddress chat, JsonNode body, Authentication caller) {
        if (body == null || !body.isObject()) {
            throw DomainException.invalid("request.invalid_body", "the body must be a JSON object");
        }
        return ChatSettingsResponse.of(settings.change(new ChangeChatSettingsCommand(
                Caller.of(caller).user(),
                chat,
                ChatSettingsChanges.mute(body, "request"),
                ChatSettingsChanges.archived(body, "request"))));
    }
}
