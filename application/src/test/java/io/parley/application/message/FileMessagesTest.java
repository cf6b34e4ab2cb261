package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MessageSent;
import io.parley.application.fake.InMemoryMediaRepository;
import io.parley.application.model.AttachmentView;
import io.parley.application.model.MediaFile;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.StoredName;
import io.parley.domain.message.ClientId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages that carry files name them (the edge reads URLs into file refs); the server fills in what it knows. */
class FileMessagesTest {
    private final Messaging m = new Messaging();
    private final InMemoryMediaRepository media = new InMemoryMediaRepository();
    private final SendMessageUseCase send = new SendMessageService(
            m.fakes.store,
            m.fakes.store,
            media,
            m.fakes.users,
            m.fakes.transactions,
            m.fakes.events,
            m.fakes.presence,
            m.fakes.clock);
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);
    private final ChatAddress other = m.privateChat(m.alice, m.carol);
    /** What the edge's URL reader would make of each "URL" a test names. */
    private final Map<String, MediaRef> urls = new HashMap<>();

    private MediaRef stored(ChatAddress where, MediaKind kind, String name, String mime) {
        MediaFile file = new MediaFile(
                media.nextMediaId(),
                MediaOwner.of(where),
                kind,
                new StoredName("1700000000000_" + name),
                name,
                mime,
                42,
                "ab".repeat(32),
                m.alice,
                Instant.EPOCH,
                null);
        media.add(file);
        return file.ref();
    }

    private SendMessageCommand command(ChatAddress to, String type, String text, String clientId, MediaRef... files) {
        List<String> named = new ArrayList<>();
        for (MediaRef file : files) {
            String url = "url-of-" + file;
            urls.put(url, file);
            named.add(url);
        }
        return new SendMessageCommand(
                m.bob, to, MessageContent.parse(type, text, named, urls::get), ClientId.ofNullable(clientId));
    }

    @Test
    void aMessageWithFilesCarriesTheServersRecordsOfThemInOrder() {
        MediaRef photo = stored(chat, MediaKind.PHOTO, "cat.png", "image/png");
        MediaRef doc = stored(chat, MediaKind.FILE, "cv.pdf", "application/pdf");

        SentMessage sent = send.send(command(chat, "with_files", "look", "f-1", photo, doc));

        assertThat(sent.message().type()).isEqualTo("with_files");
        assertThat(sent.message().text()).isEqualTo("look");
        assertThat(sent.message().files()).extracting(AttachmentView::ref).containsExactly(photo, doc);
        assertThat(sent.message().files())
                .extracting(AttachmentView::mime)
                .containsExactly("image/png", "application/pdf");
        assertThat(m.latest(m.bob, chat).messages().get(0).files()).hasSize(2);
        assertThat(m.fakes.events.eventsOf(MessageSent.class).get(0).message().files())
                .hasSize(2);
        SentMessage replay = send.send(command(chat, "with_files", "look", "f-1", photo, doc));
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.message().files()).hasSize(2);
    }

    @Test
    void voiceMessagesNeedNoCaptionAndExactlyOneVoiceFile() {
        MediaRef voice = stored(chat, MediaKind.VOICE, "note.ogg", "audio/ogg");
        MediaRef song = stored(chat, MediaKind.AUDIO, "song.ogg", "audio/ogg");

        SentMessage sent = send.send(command(chat, "audio_message", null, null, voice));

        assertThat(sent.message().text()).isEmpty();
        assertThat(sent.message().type()).isEqualTo("audio_message");
        assertRefused(() -> command(chat, "audio_message", null, null, song), "message.invalid_files");
        assertRefused(() -> command(chat, "audio_message", null, null, voice, voice), "message.invalid_files");
    }

    @Test
    void filesOfAnotherChatUnknownFilesAndBadTypesAreRefusedAndNothingIsStored() {
        MediaRef elsewhere = stored(other, MediaKind.PHOTO, "secret.png", "image/png");
        MediaRef nothing = new MediaRef(MediaOwner.of(chat), MediaKind.PHOTO, new StoredName("1700000000000_no.png"));

        assertRefused(() -> command(chat, "with_files", "x", null, elsewhere), "message.foreign_file");
        assertRefused(() -> command(chat, "with_files", "x", null, nothing), "message.unknown_file");
        assertRefused(() -> command(chat, "with_files", "x", null), "message.invalid_files");
        assertRefused(() -> command(chat, "sticker", "x", null), "message.invalid_type");
        assertThat(m.latest(m.bob, chat).messages()).isEmpty();
    }

    private void assertRefused(CommandMaker command, String code) {
        assertThatThrownBy(() -> send.send(command.make()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Builds the command inside the assertion: some refusals come from reading the content. */
    @FunctionalInterface
    private interface CommandMaker {
        SendMessageCommand make();
    }
}
