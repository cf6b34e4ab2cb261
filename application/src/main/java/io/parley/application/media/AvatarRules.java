package io.parley.application.media;

import io.parley.application.chat.Conversations;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Group;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;

/**
 * Who may do what with pictures: a user changes only their own, and every logged-in user may see it (like the
 * profile); a group's picture is changed by its owner and seen by its members (outsiders: "not found").
 */
final class AvatarRules {
    private final ChatRepository chats;
    private final UserRepository users;
    private final Conversations conversations;

    AvatarRules(ChatRepository chats, UserRepository users) {
        this.chats = chats;
        this.users = users;
        this.conversations = new Conversations(chats);
    }

    void checkChange(UserId actor, AvatarOwner avatar) {
        if (avatar.isGroup()) {
            Group group = chats.findGroup(ChatId.of(avatar.owner().id()))
                    .orElseThrow(ChatAddress.group(avatar.owner().id())::notFound);
            group.checkPictureChangeableBy(actor);
        } else if (avatar.owner().id() != actor.value()) {
            // the endpoints only ever name the caller; anything else is a programming error
            throw new IllegalArgumentException("users change only their own picture");
        }
    }

    void checkView(UserId actor, AvatarOwner avatar) {
        if (avatar.isGroup()) {
            conversations.requireMember(ChatAddress.group(avatar.owner().id()), actor);
        } else if (users.findById(UserId.of(avatar.owner().id())).isEmpty()) {
            throw new UserNotFoundException(UserId.of(avatar.owner().id()));
        }
    }
}
