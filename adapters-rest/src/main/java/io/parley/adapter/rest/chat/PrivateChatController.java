package io.parley.adapter.rest.chat;

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
import io.parley.adapter.rest.StatusResponse;
import io.parley.application.chat.DeletePrivateChatCommand;
import io.parley.application.chat.DeletePrivateChatUseCase;
import io.parley.application.chat.GetPrivateChatQuery;
import io.parley.application.chat.GetPrivateChatUseCase;
import io.parley.application.chat.OpenPrivateChatCommand;
import io.parley.application.chat.OpenPrivateChatUseCase;
import io.parley.application.chat.PrivateChatView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** Seed 000's private chat endpoints under {@code /api/v1/chat}. */
@Controller("/api/v1/chat")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class PrivateChatController {
    private final OpenPrivateChatUseCase open;
    private final GetPrivateChatUseCase info;
    private final DeletePrivateChatUseCase delete;

    public PrivateChatController(
            OpenPrivateChatUseCase open, GetPrivateChatUseCase info, DeletePrivateChatUseCase delete) {
        this.open = open;
        this.info = info;
        this.delete = delete;
    }

    /** Opens the chat with user {@code userId}, or returns the one the pair already has. */
    @Post("/{userId}")
    public ChatOpenedResponse open(@PathVariable long userId, Authentication caller) {
        PrivateChatView chat =
                open.open(new OpenPrivateChatCommand(Caller.of(caller).user(), UserId.of(userId)));
        return new ChatOpenedResponse("ok", new ChatRef(chat.id(), chat.name(), chat.created()));
    }

    @Get("/{id}/info")
    public PrivateChatResponse info(@PathVariable long id, Authentication caller) {
        return PrivateChatResponse.of(
                info.get(new GetPrivateChatQuery(Caller.of(caller).user(), ChatId.of(id))));
    }

    /** Deletes the chat and its messages for both members. */
    @Delete("/{id}")
    public StatusResponse delete(@PathVariable long id, Authentication caller) {
        delete.delete(new DeletePrivateChatCommand(Caller.of(caller).user(), ChatId.of(id)));
        return StatusResponse.OK;
    }
}
