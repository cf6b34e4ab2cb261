package io.parley.application.message;

import io.parley.domain.media.MediaOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MessageSent;
import io.parley.application.fake.InMemoryMediaRepository;
import io.parley.application.model.MediaFile;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.StoredName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.parley.application.model.AttachmentView;

/** Messages that carry files name them by URL; the server fills in what it knows and refuses anything else. */
class FileMessagesTest {
    private final Messaging m = new Messaging();
    private final InMemoryMediaRepository media = new InMemoryMediaRepository();
    private final SendMessageUseCase send = new SendMessageService(m.fakes.store, m.fakes.store, media,
            m.fakes.users, m.fakes.transactions, m.fakes.events, m.fakes.clock);
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);
    private final ChatAddress other = m.privateChat(m.alice, m.carol);

    private String stored(ChatAddress where, MediaKind kind, String name, String mime) {
        MediaFile file = new MediaFile(media.nextMediaId(), MediaOwner.of(where), kind,
                new StoredName("1700000000000_" + name), name, mime, 42, "ab".repeat(32), m.alice, Instant.EPOCH,
                null);
        media.add(file);
        return "/chat/" + where.id() + "/" + kind.urlSegment() + "/" + file.name().value();
    }

    @Test
    void aMessageWithFilesCarriesTheServersRecordsOfThemInOrder() {
        String photo = stored(chat, MediaKind.PHOTO, "cat.png", "image/png");
        String doc = stored(chat, MediaKind.FILE, "cv.pdf", "application/pdf");

        SentMessage sent = send.send(new SendMessageCommand(m.alice, chat, "look", "f-1", "with_files",
                List.of(photo, "/api/v1" + doc)));

        assertThat(sent.message().type()).isEqualTo("with_files");
        assertThat(sent.message().text()).isEqualTo("look");
        assertThat(sent.message().files()).extracting(AttachmentView::url).containsExactly(photo, doc);
        assertThat(sent.message().files()).extracting(AttachmentView::mime)
                .containsExactly("image/png", "application/pdf");
        assertThat(m.latest(m.bob, chat).messages().get(0).files()).hasSize(2);
        assertThat(m.fakes.events.eventsOf(MessageSent.class).get(0).message().files()).hasSize(2);
        SentMessage replay = send.send(new SendMessageCommand(m.alice, chat, "look", "f-1", "with_files",
                List.of(photo, doc)));
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.message().files()).hasSize(2);
    }

    @Test
    void voiceMessagesNeedNoCaptionAndExactlyOneVoiceFile() {
        String voice = stored(chat, MediaKind.VOICE, "note.ogg", "audio/ogg");
        String song = stored(chat, MediaKind.AUDIO, "song.ogg", "audio/ogg");

        SentMessage sent = send.send(new SendMessageCommand(m.bob, chat, null, null, "audio_message",
                List.of(voice)));

        assertThat(sent.message().text()).isEmpty();
        assertThat(sent.message().type()).isEqualTo("audio_message");
        assertRefused(new SendMessageCommand(m.bob, chat, null, null, "audio_message", List.of(song)),
                "message.invalid_files");
        assertRefused(new SendMessageCommand(m.bob, chat, null, null, "audio_message", List.of(voice, voice)),
                "message.invalid_files");
    }

    @Test
    void filesOfAnotherChatUnknownFilesAndBadTypesAreRefusedAndNothingIsStored() {
        String elsewhere = stored(other, MediaKind.PHOTO, "secret.png", "image/png");

        assertRefused(new SendMessageCommand(m.bob, chat, "x", null, "with_files", List.of(elsewhere)),
                "message.foreign_file");
        assertRefused(new SendMessageCommand(m.bob, chat, "x", null, "with_files",
                List.of("/chat/" + chat.id() + "/img/1700000000000_nothing.png")), "message.unknown_file");
        assertRefused(new SendMessageCommand(m.bob, chat, "x", null, "with_files", List.of()),
                "message.invalid_files");
        assertRefused(new SendMessageCommand(m.bob, chat, "x", null, "with_files",
                List.of("../../../etc/passwd")), "message.foreign_file");
        assertRefused(new SendMessageCommand(m.bob, chat, "x", null, "sticker", List.of()), "message.invalid_type");
        assertThat(m.latest(m.bob, chat).messages()).isEmpty();
    }

    private void assertRefused(SendMessageCommand command, String code) {
        assertThatThrownBy(() -> send.send(command)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
