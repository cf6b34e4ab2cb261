package io.parley.application.model;

import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageKind;
import java.time.Instant;
import java.util.List;

/**
 * A message as members see it; {@code read} is true once every other member has read it; {@code type} is seed 000's
 * ({@code message}, {@code with_files}, {@code audio_message}, {@code video_message}) and {@code files} what it
 * carries. {@code authorOnline} is the author's presence when the view was made (seed 000's {@code status}), null
 * when it was not looked up or presence could not be read. {@code quote} is the message it replies to (null: none),
 * {@code reactions} its emoji in the order first given, {@code viewer} the user it is shown to (null: not known yet),
 * for whom the reactions say {@code mine}. {@code mentions} says whom it mentions (never null), {@code pin} whether it
 * is pinned (null: not pinned), {@code forwardedFrom} where a forwarded copy first came from (null: not a forward), {@code thread} its place in
 * a thread or, on a root, the thread's summary (null: neither).
 */
public record MessageView(
        long id,
        long chatId,
        ChatKind chatKind,
        long seq,
        long authorId,
        String authorName,
        String text,
        String clientId,
        Instant sentAt,
        Instant editedAt,
        boolean read,
        String type,
        List<AttachmentView> files,
        Boolean authorOnline,
        QuoteView quote,
        List<ReactionCount> reactions,
        Long viewer,
        MentionsView mentions,
        PinView pin,
        ForwardView forwardedFrom,
        ThreadView thread) {
    public MessageView {
        files = files == null ? List.of() : List.copyOf(files);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
        mentions = mentions == null ? MentionsView.NONE : mentions;
    }

    /** A view without quote and reactions. */
    public MessageView(
            long id,
            long chatId,
            ChatKind chatKind,
            long seq,
            long authorId,
            String authorName,
            String text,
            String clientId,
            Instant sentAt,
            Instant editedAt,
            boolean read,
            String type,
            List<AttachmentView> files,
            Boolean authorOnline) {
        this(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                type,
                files,
                authorOnline,
                null,
                List.of(),
                null,
                MentionsView.NONE,
                null,
                null,
                null);
    }

    /** The same view with the quote of the message it replies to and its reactions. */
    public MessageView withExtras(QuoteView quote, List<ReactionCount> reactions) {
        return with(authorOnline, new Extras(quote, reactions, viewer, mentions, pin, forwardedFrom, thread));
    }

    /** The same view as {@code user} sees it (their own reactions marked {@code mine}). */
    public MessageView forViewer(long user) {
        return with(authorOnline, new Extras(quote, reactions, user, mentions, pin, forwardedFrom, thread));
    }

    /** A view whose author's presence is not known yet. */
    public MessageView(
            long id,
            long chatId,
            ChatKind chatKind,
            long seq,
            long authorId,
            String authorName,
            String text,
            String clientId,
            Instant sentAt,
            Instant editedAt,
            boolean read,
            String type,
            List<AttachmentView> files) {
        this(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                type,
                files,
                null);
    }

    /** The same view with the author's presence as it is now. */
    public MessageView withAuthorOnline(boolean online) {
        return with(online, new Extras(quote, reactions, viewer, mentions, pin, forwardedFrom, thread));
    }

    /** A text message. */
    public MessageView(
            long id,
            long chatId,
            ChatKind chatKind,
            long seq,
            long authorId,
            String authorName,
            String text,
            String clientId,
            Instant sentAt,
            Instant editedAt,
            boolean read) {
        this(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                MessageKind.TEXT.wireName(),
                List.of());
    }

    /** The view of a stored message whose author is called {@code authorName}. */
    public static MessageView of(Message message, String authorName, ChatKind kind, boolean read) {
        return of(message, authorName, kind, read, List.of());
    }

    /** The view of a stored message and the files it carries. */
    public static MessageView of(
            Message message, String authorName, ChatKind kind, boolean read, List<MediaFile> files) {
        return new MessageView(
                        message.id().value(),
                        message.chat().value(),
                        kind,
                        message.seq(),
                        message.author().value(),
                        authorName,
                        message.textValue(),
                        message.clientId().map(ClientId::value).orElse(null),
                        message.sentAt(),
                        message.editedAt().orElse(null),
                        read,
                        message.kind().wireName(),
                        files.stream().map(AttachmentView::of).toList())
                .withMentions(MentionsView.of(message.mentions()))
                .withForwardedFrom(ForwardView.of(message.forwardedFrom().orElse(null)))
                .withThread(ThreadView.of(message.thread().orElse(null)));
    }

    /** The same view with what it says about threads (null: the message is in no thread and starts none). */
    public MessageView withThread(ThreadView threadView) {
        return with(authorOnline, new Extras(quote, reactions, viewer, mentions, pin, forwardedFrom, threadView));
    }

    /** The same view mentioning {@code named}. */
    public MessageView withMentions(MentionsView named) {
        return with(authorOnline, new Extras(quote, reactions, viewer, named, pin, forwardedFrom, thread));
    }

    /** The same view forwarded from {@code origin} (null: not a forward). */
    public MessageView withForwardedFrom(ForwardView origin) {
        return with(authorOnline, new Extras(quote, reactions, viewer, mentions, pin, origin, thread));
    }

    /** The same view pinned as {@code pinned} says (null: not pinned). */
    public MessageView withPin(PinView pinned) {
        return with(authorOnline, new Extras(quote, reactions, viewer, mentions, pinned, forwardedFrom, thread));
    }

    /**
     * What a view carries beyond the stored message's own fields; the withers above change one of them through
     * {@link #with}, the one place that lists every field. A new extra goes here and into {@link #with}.
     */
    private record Extras(
            QuoteView quote,
            List<ReactionCount> reactions,
            Long viewer,
            MentionsView mentions,
            PinView pin,
            ForwardView forwardedFrom,
            ThreadView thread) {}

    private MessageView with(Boolean online, Extras extras) {
        return new MessageView(
                id,
                chatId,
                chatKind,
                seq,
                authorId,
                authorName,
                text,
                clientId,
                sentAt,
                editedAt,
                read,
                type,
                files,
                online,
                extras.quote(),
                extras.reactions(),
                extras.viewer(),
                extras.mentions(),
                extras.pin(),
                extras.forwardedFrom(),
                extras.thread());
    }
}
