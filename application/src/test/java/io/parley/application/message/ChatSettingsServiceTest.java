package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.chat.ChangeChatSettingsCommand;
import io.parley.application.chat.ChangeChatSettingsService;
import io.parley.application.chat.ChangeChatSettingsUseCase;
import io.parley.application.chat.MemberChatSettings;
import io.parley.application.chat.MuteRequest;
import io.parley.application.event.ChatSettingsChanged;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.ChatSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChatSettingsServiceTest {
    private final Messaging m = new Messaging();
    private final ChangeChatSettingsUseCase settings =
            new ChangeChatSettingsService(m.fakes.store, m.fakes.transactions, m.fakes.events, m.fakes.clock);
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);

    private MemberChatSettings change(MuteRequest mute, Boolean archived) {
        return settings.change(new ChangeChatSettingsCommand(m.alice, chat, mute, archived));
    }

    private ChatSettings stored() {
        return m.fakes.store.settingsForUpdate(chat.id(), m.alice).orElseThrow();
    }

    @Test
    void aChangeIsStoredAndOnlyTheMembersOwnSocketsHearOfItAfterCommit() {
        MemberChatSettings changed = change(new MuteRequest(null, true), true);

        assertThat(changed.changed()).isTrue();
        assertThat(stored().archived()).isTrue();
        assertThat(stored().mute().forever()).isTrue();
        assertThat(m.fakes.events.eventsOf(ChatSettingsChanged.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.audience()).containsExactly(m.alice);
                    assertThat(event.mutedForever()).isTrue();
                    assertThat(event.archived()).isTrue();
                    assertThat(event.byMessage()).isFalse();
                });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void theSameSettingsAgainChangeNothingAndPublishNothing() {
        change(null, true);
        m.fakes.events.clear();

        assertThat(change(null, true).changed()).isFalse();
        assertThat(m.fakes.events.eventsOf(ChatSettingsChanged.class)).isEmpty();
    }

    @Test
    void aMuteInThePastAndANonMemberAreRefusedAndNothingIsStored() {
        Instant past = m.fakes.clock.now().minusSeconds(1);
        assertThatThrownBy(() -> change(new MuteRequest(past, false), true))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("chat_settings.mute_in_past"));
        assertThatThrownBy(() -> settings.change(new ChangeChatSettingsCommand(m.carol, chat, null, true)))
                .isInstanceOf(ChatNotFoundException.class);
        assertThat(stored()).isEqualTo(ChatSettings.DEFAULT);
        assertThat(m.fakes.events.eventsOf(ChatSettingsChanged.class)).isEmpty();
    }

    @Test
    void aMessageOfTheOtherMemberBringsAnArchivedChatBackUnlessMuted() {
        change(null, true);
        m.fakes.events.clear();

        m.say(m.alice, chat, "mine");
        assertThat(stored().archived()).isTrue();
        m.say(m.bob, chat, "theirs");

        assertThat(stored().archived()).isFalse();
        assertThat(m.fakes.events.eventsOf(ChatSettingsChanged.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.member()).isEqualTo(m.alice);
                    assertThat(event.byMessage()).isTrue();
                    assertThat(event.archived()).isFalse();
                });
    }

    @Test
    void aMutedArchivedChatStaysArchivedUntilTheMuteRunsOut() {
        change(new MuteRequest(m.fakes.clock.now().plusSeconds(60), false), true);
        m.say(m.bob, chat, "psst");
        assertThat(stored().archived()).isTrue();

        m.fakes.clock.advance(Duration.ofSeconds(61));
        m.say(m.bob, chat, "still there?");
        assertThat(stored().archived()).isFalse();
    }
}
