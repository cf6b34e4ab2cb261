package io.parley.application.chat;

import io.parley.application.model.ParticipantView;
import io.parley.application.port.ChatRepository;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.user.UserId;
import java.util.List;

/** Builds the view of a private chat as one of its members sees it: named after the other member. */
final class PrivateChatViews {
    private PrivateChatViews() {}

    static PrivateChatView of(PrivateChat chat, UserId viewer, ChatRepository chats, boolean created) {
        List<ParticipantView> members = chats.participants(chat.id());
        long other = chat.otherThan(viewer).value();
        String name = members.stream()
                .filter(m -> m.id() == other)
                .map(ParticipantView::name)
                .findFirst()
                .orElse("");
        return new PrivateChatView(chat.id().value(), name, members, chat.createdAt(), created);
    }
}
