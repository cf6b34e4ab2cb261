package io.parley.application.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.chat.DeletePrivateChatCommand;
import io.parley.application.chat.DeletePrivateChatService;
import io.parley.application.chat.DeletePrivateChatUseCase;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.fake.InMemoryMediaRepository;
import io.parley.application.fake.InMemoryMediaStore;
import io.parley.application.model.MediaView;
import io.parley.application.port.ContentDetector;
import io.parley.application.port.Thumbnailer;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaTooLargeException;
import io.parley.domain.media.UnsupportedMediaTypeException;
import io.parley.domain.user.UserId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaServicesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
    private static final byte[] PDF = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
    /** Detects PNG and PDF by their first bytes, like the real detector, ignoring the name. */
    private static final ContentDetector DETECTOR = (head, name) -> head.length > 3 && head[1] == 'P' && head[2] == 'N'
            ? "image/png"
            : new String(head, StandardCharsets.US_ASCII).startsWith("%PDF")
                    ? "application/pdf"
                    : "application/octet-stream";

    private final ConversationFakes fakes = new ConversationFakes();
    private final InMemoryMediaRepository media = new InMemoryMediaRepository();
    private final InMemoryMediaStore store = new InMemoryMediaStore();
    /** Previews PNGs only, as a two-byte "image". */
    private static final Thumbnailer THUMBNAILER =
            (image, mime, side) -> "image/png".equals(mime) ? Optional.of(new byte[] {7, 7}) : Optional.empty();

    private final UploadMediaUseCase upload = new UploadMediaService(
            fakes.store, media, store, DETECTOR, THUMBNAILER, fakes.transactions, fakes.clock, 1000);
    private final OpenMediaUseCase open = new OpenMediaService(fakes.store, media, store);
    private final ListMediaUseCase list = new ListMediaService(fakes.store, media);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId eve = fakes.user("eve");
    private final ChatAddress chat =
            ChatAddress.privateChat(fakes.privateChat(alice, bob).value());

    @Test
    void uploadsAreStoredUnderServerMadeNamesAndReadableByMembers() throws IOException {
        List<MediaView> views = upload.upload(new UploadMediaCommand(
                alice,
                chat,
                UploadTarget.IMG,
                List.of(
                        new IncomingFile("../../etc/passwd.png", new ByteArrayInputStream(PNG)),
                        new IncomingFile("../../etc/passwd.png", new ByteArrayInputStream(PNG)))));

        assertThat(views).hasSize(2);
        assertThat(views.get(0).ref().owner()).isEqualTo(MediaOwner.of(chat));
        assertThat(views.get(0).ref().kind()).isEqualTo(MediaKind.PHOTO);
        assertThat(views.get(0).name()).matches("[0-9]+_passwd\\.png");
        assertThat(views.get(0).name()).isNotEqualTo(views.get(1).name());
        assertThat(views.get(0).originalName()).isEqualTo("../../etc/passwd.png");
        assertThat(views.get(0).mime()).isEqualTo("image/png");
        assertThat(views.get(0).size()).isEqualTo(PNG.length);
        MediaContent content = open.open(
                new OpenMediaQuery(bob, chat, MediaKind.PHOTO, views.get(0).name()));
        try (var in = content.open(0, PNG.length)) {
            assertThat(in.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(list.list(new ListMediaQuery(bob, chat, 10, 0))).hasSize(2);
        MediaContent preview = open.open(
                new OpenMediaQuery(bob, chat, MediaKind.PHOTO, views.get(0).name(), true));
        assertThat(preview.file().mime()).isEqualTo("image/png");
        try (var in = preview.open(0, 2)) {
            assertThat(in.readAllBytes()).containsExactly(7, 7);
        }
    }

    @Test
    void aFileOfTheWrongTypeFailsTheWholeUploadAndLeavesNothing() {
        assertThatThrownBy(() -> upload.upload(new UploadMediaCommand(
                        alice,
                        chat,
                        UploadTarget.IMG,
                        List.of(
                                new IncomingFile("fine.png", new ByteArrayInputStream(PNG)),
                                new IncomingFile("disguised.png", new ByteArrayInputStream(PDF))))))
                .isInstanceOf(UnsupportedMediaTypeException.class);

        // neither the first file nor its preview stays
        assertThat(store.count()).isZero();
        assertThat(media.all()).isEmpty();
    }

    @Test
    void anOversizeFileFailsTheUploadAndLeavesNothing() {
        assertThatThrownBy(() -> upload.upload(new UploadMediaCommand(
                        alice,
                        chat,
                        UploadTarget.FILE,
                        List.of(
                                new IncomingFile("a.pdf", new ByteArrayInputStream(PDF)),
                                new IncomingFile("big.pdf", new ByteArrayInputStream(concat(PDF, new byte[2000])))))))
                .isInstanceOf(MediaTooLargeException.class);

        assertThat(store.count()).isZero();
        assertThat(media.all()).isEmpty();
    }

    @Test
    void imgvidSortsByDetectedTypeAndOutsidersGetNothing() {
        assertThatThrownBy(() -> upload.upload(new UploadMediaCommand(
                        eve,
                        chat,
                        UploadTarget.IMG,
                        List.of(new IncomingFile("x.png", new ByteArrayInputStream(PNG))))))
                .isInstanceOf(ChatNotFoundException.class);
        MediaView photo = upload.upload(new UploadMediaCommand(
                        alice,
                        chat,
                        UploadTarget.IMGVID,
                        List.of(new IncomingFile("x.png", new ByteArrayInputStream(PNG)))))
                .get(0);

        assertThat(photo.fileType()).isEqualTo("photo");
        assertThatThrownBy(() -> open.open(new OpenMediaQuery(eve, chat, MediaKind.PHOTO, photo.name())))
                .isInstanceOf(ChatNotFoundException.class);
        assertThatThrownBy(() -> open.open(new OpenMediaQuery(bob, chat, MediaKind.VIDEO, photo.name())))
                .isInstanceOf(MediaNotFoundException.class);
        assertThatThrownBy(() -> open.open(new OpenMediaQuery(bob, chat, MediaKind.PHOTO, "../../secret")))
                .isInstanceOf(MediaNotFoundException.class);
        assertThatThrownBy(() -> list.list(new ListMediaQuery(eve, chat, 10, 0)))
                .isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void aPictureIsCheckedWithoutBeingStoredAndReadAgainFromItsStart() throws IOException {
        CheckPictureUseCase check = new UploadAvatarService(
                fakes.store, fakes.users, media, store, DETECTOR, THUMBNAILER, fakes.transactions, fakes.clock, 1000);

        IncomingFile checked =
                check.check(new CheckPictureQuery(new IncomingFile("me.png", new ByteArrayInputStream(PNG))));

        assertThat(checked.originalName()).isEqualTo("me.png");
        assertThat(checked.content().readAllBytes()).isEqualTo(PNG);
        assertThatThrownBy(() ->
                        check.check(new CheckPictureQuery(new IncomingFile("me.png", new ByteArrayInputStream(PDF)))))
                .isInstanceOf(UnsupportedMediaTypeException.class);
        assertThat(store.count()).isZero();
        assertThat(media.all()).isEmpty();
    }

    @Test
    void deletingAChatDeletesItsFilesOnceTheDeletionHasCommitted() {
        upload.upload(new UploadMediaCommand(
                alice, chat, UploadTarget.FILE, List.of(new IncomingFile("a.pdf", new ByteArrayInputStream(PDF)))));
        DeletePrivateChatUseCase deleteChat =
                new DeletePrivateChatService(fakes.store, fakes.transactions, fakes.events, store);

        assertThatThrownBy(() -> deleteChat.delete(new DeletePrivateChatCommand(eve, chat.id())))
                .isInstanceOf(ChatNotFoundException.class);
        assertThat(store.count())
                .as("an outsider's refused deletion removes nothing")
                .isEqualTo(1);

        deleteChat.delete(new DeletePrivateChatCommand(alice, chat.id()));

        assertThat(store.count()).isZero();
    }

    private static byte[] concat(byte[] one, byte[] other) {
        byte[] both = new byte[one.length + other.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(other, 0, both, one.length, other.length);
        return both;
    }
}
