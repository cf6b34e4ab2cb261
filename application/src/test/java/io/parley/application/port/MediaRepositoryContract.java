package io.parley.application.port;

import static io.parley.domain.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.model.MediaFile;
import io.parley.application.model.Thumbnail;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MediaRepository} must do; runs on the fake and on PostgreSQL. */
public abstract class MediaRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    protected MediaRepository media;
    protected ChatRepository chats;
    protected UserRepository users;
    private UserId alice;
    private MediaOwner chat;

    protected abstract MediaRepository mediaRepository();

    protected abstract ChatRepository chatRepository();

    protected abstract UserRepository userRepository();

    /** Runs {@code work} as production code does. */
    protected void write(Runnable work) {
        work.run();
    }

    @BeforeEach
    void setUp() {
        media = mediaRepository();
        chats = chatRepository();
        users = userRepository();
        alice = newUser();
        UserId bob = newUser();
        ChatId id = chats.nextChatId();
        write(() -> chats.addPrivate(PrivateChat.start(id, alice, bob, T0)));
        chat = new MediaOwner(OwnerKind.CHAT, id.value());
    }

    private UserId newUser() {
        String tag = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        User user = aUser().named(tag).build(users.nextId());
        write(() -> users.add(user));
        return user.id();
    }

    private MediaFile file(MediaKind kind, String name, Instant at) {
        return new MediaFile(
                media.nextMediaId(),
                chat,
                kind,
                new StoredName(at.toEpochMilli() + "_" + name),
                "Original " + name,
                "image/png",
                1234,
                "ab".repeat(32),
                alice,
                at,
                kind == MediaKind.PHOTO ? new Thumbnail(99, "cd".repeat(32)) : null);
    }

    @Test
    void aStoredFileIsFoundByOwnerKindAndNameWithEveryField() {
        MediaFile photo = file(MediaKind.PHOTO, "cat.png", T0);
        write(() -> media.add(photo));

        assertThat(media.find(chat, MediaKind.PHOTO, photo.name())).contains(photo);
        assertThat(media.find(chat, MediaKind.VIDEO, photo.name())).isEmpty();
        assertThat(media.find(new MediaOwner(OwnerKind.GROUP, chat.id()), MediaKind.PHOTO, photo.name()))
                .isEmpty();
    }

    @Test
    void aNameIsTakenOncePerOwnerAndKind() {
        MediaFile photo = file(MediaKind.PHOTO, "dup.png", T0);
        write(() -> media.add(photo));

        MediaFile again = new MediaFile(
                media.nextMediaId(),
                chat,
                MediaKind.PHOTO,
                photo.name(),
                "x",
                "image/png",
                1,
                "cd".repeat(32),
                alice,
                T0,
                null);
        assertThatThrownBy(() -> write(() -> media.add(again))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listingIsNewestFirstAndPaged() {
        for (int i = 0; i < 5; i++) {
            MediaFile f = file(MediaKind.FILE, "doc" + i + ".pdf", T0.plusSeconds(i));
            write(() -> media.add(f));
        }

        assertThat(media.list(chat, Set.of(MediaKind.FILE), 2, 0))
                .extracting(f -> f.originalName())
                .containsExactly("Original doc4.pdf", "Original doc3.pdf");
        assertThat(media.list(chat, Set.of(MediaKind.FILE), 10, 3)).hasSize(2);
        assertThat(media.list(chat, Set.of(MediaKind.PHOTO, MediaKind.AVATAR), 10, 0))
                .isEmpty();
    }

    @Test
    void aDeletedFileIsGoneAndOnlyIt() {
        MediaFile one = file(MediaKind.AVATAR, "me.png", T0);
        MediaFile other = file(MediaKind.AVATAR, "me2.png", T0.plusSeconds(1));
        write(() -> media.add(one));
        write(() -> media.add(other));

        boolean[] deleted = new boolean[2];
        write(() -> deleted[0] = media.delete(one));
        write(() -> deleted[1] = media.delete(one));

        assertThat(deleted).containsExactly(true, false);
        assertThat(media.list(chat, Set.of(MediaKind.AVATAR), 10, 0)).containsExactly(other);
    }
}
