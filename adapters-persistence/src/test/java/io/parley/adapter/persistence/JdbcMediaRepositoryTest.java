package io.parley.adapter.persistence;

import static io.parley.domain.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.model.MediaFile;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MediaRepository;
import io.parley.application.port.MediaRepositoryContract;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.media.StoredName;
import io.parley.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JdbcMediaRepositoryTest extends MediaRepositoryContract {
    @Override
    protected MediaRepository mediaRepository() {
        return PersistenceContext.shared().getBean(MediaRepository.class);
    }

    @Override
    protected ChatRepository chatRepository() {
        return PersistenceContext.shared().getBean(ChatRepository.class);
    }

    @Override
    protected UserRepository userRepository() {
        return PersistenceContext.shared().getBean(UserRepository.class);
    }

    @Override
    protected void write(Runnable work) {
        PersistenceContext.inTransaction(work);
    }

    @Test
    void aDeletedChatTakesItsMediaRowsWithIt() {
        UserId one = users.nextId();
        write(() -> users.add(aUser().named("d" + one.value()).build(one)));
        UserId two = users.nextId();
        write(() -> users.add(aUser().named("d" + two.value()).build(two)));
        ChatId id = chats.nextChatId();
        write(() -> chats.addPrivate(PrivateChat.start(id, one, two, Instant.EPOCH)));
        MediaOwner owner = new MediaOwner(OwnerKind.CHAT, id.value());
        MediaFile file = new MediaFile(
                media.nextMediaId(),
                owner,
                MediaKind.AUDIO,
                new StoredName("1_a.ogg"),
                "a.ogg",
                "audio/ogg",
                3,
                "00".repeat(32),
                one,
                Instant.EPOCH,
                null);
        write(() -> media.add(file));

        write(() -> chats.delete(id));

        assertThat(media.find(owner, MediaKind.AUDIO, file.name())).isEmpty();
    }
}
