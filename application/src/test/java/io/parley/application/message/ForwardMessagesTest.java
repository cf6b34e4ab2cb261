package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MessageSent;
import io.parley.application.fake.InMemoryMediaRepository;
import io.parley.application.fake.InMemoryMediaStore;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.ForwardView;
import io.parley.application.model.MediaFile;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.StoredName;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageNotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forwards against the fakes: a new message of the target with the first origin; files shared, not re-uploaded. */
class ForwardMessagesTest {
    private final Messaging m = new Messaging();
    private final InMemoryMediaRepository media = new InMemoryMediaRepository();
    private final InMemoryMediaStore bytes = new InMemoryMediaStore();
    private final SendMessageUseCase send = new SendMessageService(
            m.fakes.store,
            m.fakes.store,
            media,
            bytes,
            m.fakes.users,
            m.fakes.transactions,
            m.fakes.events,
            m.fakes.presence,
            m.fakes.clock,
            null,
            50);
    private final ChatAddress source = m.privateChat(m.alice, m.bob);
    private final ChatAddress target = m.privateChat(m.alice, m.carol);

    private SentMessage forward(ChatAddress into, ChatAddress from, long message, String clientId) {
        return send.send(SendMessageCommand.forward(
                m.alice, into, new ForwardSource(from, MessageId.of(message)), ClientId.ofNullable(clientId)));
    }

    @Test
    void aForwardIsTheForwardersNewMessageOfTheTargetNamingTheOriginalAuthor() {
        MessageView original =
                send.send(new SendMessageCommand(m.bob, source, "tea?", null)).message();

        SentMessage copy = forward(target, source, original.id(), "fw-1");

        assertThat(copy.message().chatId()).isEqualTo(target.id().value());
        assertThat(copy.message().authorId()).isEqualTo(m.alice.value());
        assertThat(copy.message().text()).isEqualTo("tea?");
        assertThat(copy.message().forwardedFrom()).isEqualTo(new ForwardView(m.bob.value(), "Bob", original.sentAt()));
        assertThat(m.fakes.events.eventsOf(MessageSent.class).get(1).message().forwardedFrom())
                .isEqualTo(copy.message().forwardedFrom());
        assertThat(forward(target, source, original.id(), "fw-1").replayed()).isTrue();
    }

    @Test
    void forwardedFilesBecomeTheTargetsAndOutliveTheSource() throws IOException {
        MediaFile photo = new MediaFile(
                media.nextMediaId(),
                MediaOwner.of(source),
                MediaKind.PHOTO,
                new StoredName("1700000000000_cat.png"),
                "cat.png",
                "image/png",
                3,
                "ab".repeat(32),
                m.bob,
                Instant.EPOCH,
                null);
        media.add(photo);
        bytes.put(photo.location(), new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        MessageContent content = MessageContent.parse("with_files", "cat", List.of("u"), url -> photo.ref());
        MessageView original =
                send.send(new SendMessageCommand(m.bob, source, content, null)).message();

        MessageView copy = forward(target, source, original.id(), null).message();

        MediaRef shared = copy.files().get(0).ref();
        assertThat(copy.files()).extracting(AttachmentView::originalName).containsExactly("cat.png");
        assertThat(shared.owner()).isEqualTo(MediaOwner.of(target));
        MediaFile row = media.find(shared.owner(), shared.kind(), shared.name()).orElseThrow();
        assertThat(row.sha256()).isEqualTo(photo.sha256());
        bytes.deleteAll(MediaOwner.of(source));
        try (InputStream in = bytes.open(row.location(), 0, 10)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aSourceTheSenderIsNotInAnswersLikeAnUnknownMessageAndStoresNothing() {
        ChatAddress hidden = m.privateChat(m.bob, m.dave);
        MessageView secret =
                send.send(new SendMessageCommand(m.bob, hidden, "secret", null)).message();
        int before = m.fakes.events.eventsOf(MessageSent.class).size();

        assertThatThrownBy(() -> forward(target, hidden, secret.id(), null))
                .isInstanceOf(MessageNotFoundException.class);
        assertThatThrownBy(() -> forward(target, source, secret.id(), null))
                .isInstanceOf(MessageNotFoundException.class);
        assertThatThrownBy(() -> forward(m.privateChat(m.bob, m.carol), source, secret.id(), null))
                .isInstanceOf(ChatNotFoundException.class);

        assertThat(m.fakes.events.eventsOf(MessageSent.class)).hasSize(before);
        assertThat(m.latest(m.carol, target).messages()).isEmpty();
    }
}
