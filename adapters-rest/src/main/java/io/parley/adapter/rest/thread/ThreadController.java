package io.parley.adapter.rest.thread;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.message.MessageListResponse;
import io.parley.application.model.HistoryPage;
import io.parley.application.thread.ListThreadMessagesQuery;
import io.parley.application.thread.ListThreadMessagesUseCase;
import io.parley.application.thread.ListThreadsQuery;
import io.parley.application.thread.ListThreadsUseCase;
import io.parley.application.thread.MarkThreadReadCommand;
import io.parley.application.thread.MarkThreadReadUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;

/**
 * Threads over REST: {@code GET …/threads/{rootId}/messages} pages a thread like chat history (by
 * {@code thread_seq}), {@code GET …/threads} lists the caller's threads of the chat with unread counts, and
 * {@code POST …/threads/{rootId}/read} moves the caller's read pointer in a thread. Replies are sent as messages with
 * {@code thread_root}.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ThreadController {
    private final ListThreadMessagesUseCase history;
    private final ListThreadsUseCase threads;
    private final MarkThreadReadUseCase read;

    public ThreadController(ListThreadMessagesUseCase history, ListThreadsUseCase threads, MarkThreadReadUseCase read) {
        this.history = history;
        this.threads = threads;
        this.read = read;
    }

    @Get("/chat/{id}/threads/{rootId}/messages")
    public MessageListResponse chatThread(
            @PathVariable long id,
            @PathVariable long rootId,
            @QueryValue(defaultValue = "50") int limit,
            @QueryValue(defaultValue = "0") long offset,
            @Nullable @QueryValue("before_thread_seq") Long before,
            @Nullable @QueryValue("after_thread_seq") Long after,
            Authentication caller) {
        return thread(ChatAddress.privateChat(id), rootId, new HistoryPage(limit, offset, before, after), caller);
    }

    @Get("/group/{id}/threads/{rootId}/messages")
    public MessageListResponse groupThread(
            @PathVariable long id,
            @PathVariable long rootId,
            @QueryValue(defaultValue = "50") int limit,
            @QueryValue(defaultValue = "0") long offset,
            @Nullable @QueryValue("before_thread_seq") Long before,
            @Nullable @QueryValue("after_thread_seq") Long after,
            Authentication caller) {
        return thread(ChatAddress.group(id), rootId, new HistoryPage(limit, offset, before, after), caller);
    }

    @Get("/chat/{id}/threads")
    public ThreadListResponse chatThreads(
            @PathVariable long id,
            @QueryValue(defaultValue = "20") int limit,
            @QueryValue(defaultValue = "0") long offset,
            Authentication caller) {
        return list(ChatAddress.privateChat(id), limit, offset, caller);
    }

    @Get("/group/{id}/threads")
    public ThreadListResponse groupThreads(
            @PathVariable long id,
            @QueryValue(defaultValue = "20") int limit,
            @QueryValue(defaultValue = "0") long offset,
            Authentication caller) {
        return list(ChatAddress.group(id), limit, offset, caller);
    }

    @Post("/chat/{id}/threads/{rootId}/read")
    public ThreadReadResponse readInChat(
            @PathVariable long id,
            @PathVariable long rootId,
            @Nullable @Body ThreadReadRequest body,
            Authentication caller) {
        return markRead(ChatAddress.privateChat(id), rootId, body, caller);
    }

    @Post("/group/{id}/threads/{rootId}/read")
    public ThreadReadResponse readInGroup(
            @PathVariable long id,
            @PathVariable long rootId,
            @Nullable @Body ThreadReadRequest body,
            Authentication caller) {
        return markRead(ChatAddress.group(id), rootId, body, caller);
    }

    private MessageListResponse thread(ChatAddress chat, long rootId, HistoryPage page, Authentication caller) {
        return MessageListResponse.of(
                history.list(new ListThreadMessagesQuery(Caller.of(caller).user(), chat, MessageId.of(rootId), page)));
    }

    private ThreadListResponse list(ChatAddress chat, int limit, long offset, Authentication caller) {
        return ThreadListResponse.of(
                threads.list(new ListThreadsQuery(Caller.of(caller).user(), chat, limit, offset)));
    }

    private ThreadReadResponse markRead(ChatAddress chat, long rootId, ThreadReadRequest body, Authentication caller) {
        return ThreadReadResponse.of(read.markRead(new MarkThreadReadCommand(
                Caller.of(caller).user(), chat, MessageId.of(rootId), body == null ? null : body.threadSeq())));
    }
}
