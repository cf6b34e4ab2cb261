package io.parley.adapter.rest.message;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.message.ListPinnedMessagesQuery;
import io.parley.application.message.ListPinnedMessagesUseCase;
import io.parley.application.message.PinMessageCommand;
import io.parley.application.message.PinMessageUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;

/**
 * Pins over REST: {@code POST …/messages/{messageId}/pin} pins, {@code DELETE …/messages/{messageId}/pin} unpins (both
 * answer the message with its {@code pin}), {@code GET …/pins} lists the pinned messages, newest pin first.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class PinController {
    private final PinMessageUseCase pins;
    private final ListPinnedMessagesUseCase pinned;

    public PinController(PinMessageUseCase pins, ListPinnedMessagesUseCase pinned) {
        this.pins = pins;
        this.pinned = pinned;
    }

    @Post("/chat/{id}/messages/{messageId}/pin")
    public MessageResponse pinInChat(@PathVariable long id, @PathVariable long messageId, Authentication caller) {
        return pin(ChatAddress.privateChat(id), messageId, true, caller);
    }

    @Post("/group/{id}/messages/{messageId}/pin")
    public MessageResponse pinInGroup(@PathVariable long id, @PathVariable long messageId, Authentication caller) {
        return pin(ChatAddress.group(id), messageId, true, caller);
    }

    @Delete("/chat/{id}/messages/{messageId}/pin")
    public MessageResponse unpinInChat(@PathVariable long id, @PathVariable long messageId, Authentication caller) {
        return pin(ChatAddress.privateChat(id), messageId, false, caller);
    }

    @Delete("/group/{id}/messages/{messageId}/pin")
    public MessageResponse unpinInGroup(@PathVariable long id, @PathVariable long messageId, Authentication caller) {
        return pin(ChatAddress.group(id), messageId, false, caller);
    }

    @Get("/chat/{id}/pins")
    public PinListResponse chatPins(@PathVariable long id, Authentication caller) {
        return list(ChatAddress.privateChat(id), caller);
    }

    @Get("/group/{id}/pins")
    public PinListResponse groupPins(@PathVariable long id, Authentication caller) {
        return list(ChatAddress.group(id), caller);
    }

    private MessageResponse pin(ChatAddress chat, long messageId, boolean pin, Authentication caller) {
        return MessageResponse.of(
                pins.pin(new PinMessageCommand(Caller.of(caller).user(), chat, MessageId.of(messageId), pin)));
    }

    private PinListResponse list(ChatAddress chat, Authentication caller) {
        return PinListResponse.of(
                pinned.list(new ListPinnedMessagesQuery(Caller.of(caller).user(), chat)));
    }
}
