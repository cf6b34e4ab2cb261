package io.parley.adapter.rest.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.StatusResponse;
import io.parley.adapter.wire.IncomingMessages;
import io.parley.application.limit.Limited;
import io.parley.application.limit.TakeQuotaCommand;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.message.DeleteMessageCommand;
import io.parley.application.message.DeleteMessageUseCase;
import io.parley.application.message.EditMessageCommand;
import io.parley.application.message.EditMessageUseCase;
import io.parley.application.message.ForwardSource;
import io.parley.application.message.ListMessagesQuery;
import io.parley.application.message.ListMessagesUseCase;
import io.parley.application.message.MarkReadCommand;
import io.parley.application.message.MarkReadUseCase;
import io.parley.application.message.MessageContent;
import io.parley.application.message.SendDirectMessageCommand;
import io.parley.application.message.SendDirectMessageUseCase;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageUseCase;
import io.parley.application.message.SentMessage;
import io.parley.application.model.HistoryPage;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.mention.Mentions;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** Messages over REST, for private chats ({@code /chat/{id}}) and groups ({@code /group/{id}}) alike. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class MessageController {
    private static final String REPLAYED = "Idempotent-Replayed";
    private final ListMessagesUseCase history;
    private final SendMessageUseCase send;
    private final SendDirectMessageUseCase sendDirect;
    private final EditMessageUseCase edit;
    private final DeleteMessageUseCase delete;
    private final MarkReadUseCase read;
    private final TakeQuotaUseCase quotas;

    public MessageController(
            ListMessagesUseCase history,
            SendMessageUseCase send,
            SendDirectMessageUseCase sendDirect,
            EditMessageUseCase edit,
            DeleteMessageUseCase delete,
            MarkReadUseCase read,
            TakeQuotaUseCase quotas) {
        this.quotas = quotas;
        this.history = history;
        this.send = send;
        this.sendDirect = sendDirect;
        this.edit = edit;
        this.delete = delete;
        this.read = read;
    }

    @Get("/chat/{id}/messages")
    public MessageListResponse chatHistory(
            @PathVariable long id,
            @QueryValue(defaultValue = "50") int limit,
            @QueryValue(defaultValue = "0") long offset,
            @Nullable @QueryValue("before_seq") Long beforeSeq,
            @Nullable @QueryValue("after_seq") Long afterSeq,
            Authentication caller) {
        return list(ChatAddress.privateChat(id), new HistoryPage(limit, offset, beforeSeq, afterSeq), caller);
    }

    @Get("/group/{id}/messages")
    public MessageListResponse groupHistory(
            @PathVariable long id,
            @QueryValue(defaultValue = "50") int limit,
            @QueryValue(defaultValue = "0") long offset,
            @Nullable @QueryValue("before_seq") Long beforeSeq,
            @Nullable @QueryValue("after_seq") Long afterSeq,
            Authentication caller) {
        return list(ChatAddress.group(id), new HistoryPage(limit, offset, beforeSeq, afterSeq), caller);
    }

    @Post("/chat/{id}/messages")
    public HttpResponse<MessageResponse> sendToChat(
            @PathVariable long id, @Body SendMessageRequest body, Authentication caller) {
        quotas.take(TakeQuotaCommand.byUser(Limited.SEND, Caller.of(caller).user()));
        return created(send.send(command(ChatAddress.privateChat(id), body, caller)));
    }

    @Post("/group/{id}/messages")
    public HttpResponse<MessageResponse> sendToGroup(
            @PathVariable long id, @Body SendMessageRequest body, Authentication caller) {
        quotas.take(TakeQuotaCommand.byUser(Limited.SEND, Caller.of(caller).user()));
        return created(send.send(command(ChatAddress.group(id), body, caller)));
    }

    @Post("/direct/{userId}/messages")
    public HttpResponse<MessageResponse> sendDirect(
            @PathVariable long userId, @Body SendMessageRequest body, Authentication caller) {
        quotas.take(TakeQuotaCommand.byUser(Limited.SEND, Caller.of(caller).user()));
        if (body.replyTo() != null) {
            // a direct send may open the chat: there is nothing to reply to yet, and dropping the field would lie
            throw DomainException.invalid(
                    "message.reply_to_unsupported", "reply_to works in a chat: POST /api/v1/chat/{id}/messages");
        }
        if (body.threadRoot() != null) {
            throw DomainException.invalid(
                    "message.thread_root_unsupported", "thread_root works in a chat: POST /api/v1/chat/{id}/messages");
        }
        if (body.forwardFrom() != null) {
            throw DomainException.invalid(
                    "message.forward_unsupported", "forward_from works in a chat: POST /api/v1/chat/{id}/messages");
        }
        if (mentions(body) != null) {
            throw DomainException.invalid(
                    "message.mentions_unsupported", "mentions work in a chat: POST /api/v1/chat/{id}/messages");
        }
        return created(sendDirect.send(new SendDirectMessageCommand(
                Caller.of(caller).user(), UserId.of(userId), content(body), ClientId.ofNullable(body.clientId()))));
    }

    @Patch("/chat/{id}/messages/{messageId}")
    public MessageResponse editInChat(
            @PathVariable long id, @PathVariable long messageId, @Body EditMessageRequest body, Authentication caller) {
        return edit(ChatAddress.privateChat(id), messageId, body, caller);
    }

    @Patch("/group/{id}/messages/{messageId}")
    public MessageResponse editInGroup(
            @PathVariable long id, @PathVariable long messageId, @Body EditMessageRequest body, Authentication caller) {
        return edit(ChatAddress.group(id), messageId, body, caller);
    }

    @Delete("/chat/{id}/messages/{messageId}")
    public StatusResponse deleteInChat(@PathVariable long id, @PathVariable long messageId, Authentication caller) {
        return delete(ChatAddress.privateChat(id), messageId, caller);
    }

    @Delete("/group/{id}/messages/{messageId}")
    public StatusResponse deleteInGroup(@PathVariable long id, @PathVariable long messageId, Authentication caller) {
        return delete(ChatAddress.group(id), messageId, caller);
    }

    @Post("/chat/{id}/read")
    public ReadResponse readInChat(@PathVariable long id, @Body ReadRequest body, Authentication caller) {
        return read(ChatAddress.privateChat(id), body, caller);
    }

    @Post("/group/{id}/read")
    public ReadResponse readInGroup(@PathVariable long id, @Body ReadRequest body, Authentication caller) {
        return read(ChatAddress.group(id), body, caller);
    }

    private static SendMessageCommand command(ChatAddress chat, SendMessageRequest body, Authentication caller) {
        ForwardSource forward = body.forward();
        return new SendMessageCommand(
                Caller.of(caller).user(),
                chat,
                IncomingMessages.content(body.type(), body.text(), body.allFileUrls(), forward),
                ClientId.ofNullable(body.clientId()),
                replyTo(body),
                mentions(body),
                forward,
                body.threadRoot() == null ? null : MessageId.of(body.threadRoot()));
    }

    private static MessageId replyTo(SendMessageRequest body) {
        return body.replyTo() == null ? null : MessageId.of(body.replyTo());
    }

    private static Mentions mentions(SendMessageRequest body) {
        return IncomingMessages.mentions(body.mentions(), body.mentionAll());
    }

    private static MessageContent content(SendMessageRequest body) {
        return IncomingMessages.content(body.type(), body.text(), body.allFileUrls());
    }

    private MessageListResponse list(ChatAddress chat, HistoryPage page, Authentication caller) {
        return MessageListResponse.of(
                history.list(new ListMessagesQuery(Caller.of(caller).user(), chat, page)));
    }

    private MessageResponse edit(ChatAddress chat, long messageId, EditMessageRequest body, Authentication caller) {
        UserId editor = Caller.of(caller).user();
        // the event's view is everyone's; the answer marks the editor's own reactions
        return MessageResponse.of(edit.edit(new EditMessageCommand(
                        editor,
                        chat,
                        MessageId.of(messageId),
                        body.text(),
                        IncomingMessages.mentions(body.mentions(), body.mentionAll())))
                .forViewer(editor.value()));
    }

    private StatusResponse delete(ChatAddress chat, long messageId, Authentication caller) {
        delete.delete(new DeleteMessageCommand(Caller.of(caller).user(), chat, MessageId.of(messageId)));
        return StatusResponse.OK;
    }

    private ReadResponse read(ChatAddress chat, ReadRequest body, Authentication caller) {
        if (body.messageId() == null) {
            throw DomainException.invalid("message.missing_id", "name the newest message read as message_id");
        }
        return new ReadResponse(
                "ok",
                read.markRead(new MarkReadCommand(Caller.of(caller).user(), chat, MessageId.of(body.messageId())))
                        .readSeq());
    }

    /** 201 for a new message; a replayed retry answers the same, marked with {@code Idempotent-Replayed: true}. */
    private static HttpResponse<MessageResponse> created(SentMessage sent) {
        MutableHttpResponse<MessageResponse> response = HttpResponse.status(HttpStatus.CREATED);
        response.body(MessageResponse.of(sent.message()));
        return sent.replayed() ? response.header(REPLAYED, "true") : response;
    }
}
