package io.parley.adapter.rest.message;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.message.MarkUnreadCommand;
import io.parley.application.message.MarkUnreadUseCase;
import io.parley.application.message.UnreadState;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;

/** Mark unread over REST: {@code POST …/unread} names the first message to count as unread again. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class UnreadController {
    private final MarkUnreadUseCase unread;

    public UnreadController(MarkUnreadUseCase unread) {
        this.unread = unread;
    }

    @Post("/chat/{id}/unread")
    public UnreadResponse unreadInChat(@PathVariable long id, @Body ReadRequest body, Authentication caller) {
        return unread(ChatAddress.privateChat(id), body, caller);
    }

    @Post("/group/{id}/unread")
    public UnreadResponse unreadInGroup(@PathVariable long id, @Body ReadRequest body, Authentication caller) {
        return unread(ChatAddress.group(id), body, caller);
    }

    private UnreadResponse unread(ChatAddress chat, ReadRequest body, Authentication caller) {
        if (body.messageId() == null) {
            throw DomainException.invalid("message.missing_id", "name the first message to mark unread as message_id");
        }
        UnreadState state = unread.markUnread(
                new MarkUnreadCommand(Caller.of(caller).user(), chat, MessageId.of(body.messageId())));
        return new UnreadResponse("ok", state.readSeq(), state.unreadCount());
    }
}
