package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** Users joined a group. */
public record MembersAdded(ChatId chat, List<UserId> added, List<UserId> audience) implements ChatEvent {
}
