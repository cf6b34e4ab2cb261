package io.parley.adapter.rest.message;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.limit.Limited;
import io.parley.application.limit.TakeQuotaCommand;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.message.ReactToMessageCommand;
import io.parley.application.message.ReactToMessageUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;

/**
 * Emoji reactions over REST: add with {@code POST …/messages/{messageId}/reactions {"emoji": "👍"}}, remove with
 * {@code DELETE …/messages/{messageId}/reactions/{emoji}}; both answer the message with its reactions.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ReactionController {
    private final ReactToMessageUseCase react;
    private final TakeQuotaUseCase quotas;

    public ReactionController(ReactToMessageUseCase react, TakeQuotaUseCase quotas) {
        this.react = react;
        this.quotas = quotas;
    }

    @Post("/chat/{id}/messages/{messageId}/reactions")
    public MessageResponse addInChat(
            @PathVariable long id, @PathVariable long messageId, @Body ReactionRequest body, Authentication caller) {
        return react(ChatAddress.privateChat(id), messageId, body.emoji(), true, caller);
    }

    @Post("/group/{id}/messages/{messageId}/reactions")
    public MessageResponse addInGroup(
            @PathVariable long id, @PathVariable long messageId, @Body ReactionRequest body, Authentication caller) {
        return react(ChatAddress.group(id), messageId, body.emoji(), true, caller);
    }

    @Delete("/chat/{id}/messages/{messageId}/reactions/{emoji}")
    public MessageResponse removeInChat(
            @PathVariable long id, @PathVariable long messageId, @PathVariable String emoji, Authentication caller) {
        return react(ChatAddress.privateChat(id), messageId, emoji, false, caller);
    }

    @Delete("/group/{id}/messages/{messageId}/reactions/{emoji}")
    public MessageResponse removeInGroup(
            @PathVariable long id, @PathVariable long messageId, @PathVariable String emoji, Authentication caller) {
        return react(ChatAddress.group(id), messageId, emoji, false, caller);
    }

    private MessageResponse react(ChatAddress chat, long messageId, String emoji, boolean add, Authentication caller) {
        // a reaction is a write like a send, and counts against the same per-user rate
        quotas.take(TakeQuotaCommand.byUser(Limited.SEND, Caller.of(caller).user()));
        return MessageResponse.of(react.react(
                new ReactToMessageCommand(Caller.of(caller).user(), chat, MessageId.of(messageId), emoji, add)));
    }
}
