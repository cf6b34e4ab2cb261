package io.parley.application.chat;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.Mute;
import java.time.Instant;

/**
 * Changes a member's own mute and archive settings of a chat under their member row's lock; the member's sockets
 * hear of a change after commit.
 */
public final class ChangeChatSettingsService implements ChangeChatSettingsUseCase {
    private final ChatRepository chats;
    private final CommitThenPublish commits;
    private final Clock clock;

    public ChangeChatSettingsService(
            ChatRepository chats, TransactionRunner transactions, EventPublisher events, Clock clock) {
        this.chats = chats;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public MemberChatSettings change(ChangeChatSettingsCommand command) {
        Instant now = clock.now();
        // the mute is checked against the clock before anything is read: a refusal touches nothing
        Mute mute = command.mute() == null ? null : mute(command.mute(), now);
        return commits.run(after -> {
            Membership member =
                    chats.findMembership(command.chat(), command.actor()).orElseThrow(command.chat()::notFound);
            ChatSettings before =
                    chats.settingsForUpdate(member.chat(), command.actor()).orElseThrow(command.chat()::notFound);
            // a mute that has run out is no mute: asking for none again changes nothing
            ChatSettings shown = before.muted(before.mute().asOf(now));
            ChatSettings next = shown;
            if (mute != null) {
                next = next.muted(mute);
            }
            if (command.archived() != null) {
                next = next.archived(command.archived());
            }
            boolean changed = !next.equals(shown);
            if (changed) {
                chats.saveSettings(member.chat(), command.actor(), next);
                after.publish(ChatSettingsChanged.of(member.chat(), member.kind(), command.actor(), next, false, now));
            }
            return new MemberChatSettings(command.chat(), next, now, changed);
        });
    }

    private static Mute mute(MuteRequest request, Instant now) {
        if (request.forever()) {
            return Mute.indefinitely();
        }
        return request.until() == null ? Mute.NONE : Mute.until(request.until(), now);
    }
}
