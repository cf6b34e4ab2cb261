package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Chats.id;
import static io.parley.bootstrap.support.Chats.seq;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.inprocess.LocalDelivery;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.ChatEvent;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.MessageSent;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.TestServer;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the server publishes to its in-process event bus for requests over the wire: one event per committed change,
 * published only once the change is visible to everyone, and nothing for refused or replayed requests.
 */
class EventsAfterCommitIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final LocalDelivery publisher = TestServer.parley().context().getBean(LocalDelivery.class);
    private final ExecutorService probes = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopProbes() {
        probes.shutdownNow();
    }

    @Test
    void aRestSendPublishesOneMessageSentMatchingTheResponseForBothMembers() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chatId = chats.open(alice, bob);

        Api.Reply reply;
        try (Recorder events = new Recorder(chatId)) {
            reply = api.postJson(
                    "/api/v1/chat/" + chatId + "/messages",
                    Map.of("text", "hi bob", "client_id", "e-1"),
                    alice.accessToken());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

            List<MessageSent> published = events.of(MessageSent.class);
            assertThat(published).hasSize(1);
            MessageSent sent = published.get(0);
            assertThat(sent.message().id()).isEqualTo(id(reply.json()));
            assertThat(sent.message().seq()).isEqualTo(seq(reply.json()));
            assertThat(sent.message().chatId()).isEqualTo(chatId);
            assertThat(sent.message().authorId()).isEqualTo(alice.userId());
            assertThat(sent.message().text()).isEqualTo("hi bob");
            assertThat(sent.message().clientId()).isEqualTo("e-1");
            assertThat(sent.audience()).containsExactlyInAnyOrder(user(alice), user(bob));
        }
    }

    @Test
    void whenMessageSentIsDeliveredTheMessageIsAlreadyInEveryonesHistory() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chatId = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + chatId;
        chats.send(bob, chat, "before");

        try (Recorder events = new Recorder(
                chatId,
                event -> event instanceof MessageSent sent
                        ? api.get(
                                chat + "/messages?after_seq=" + (sent.message().seq() - 1), bob.accessToken())
                        : null)) {
            Map<String, Object> sent = chats.send(alice, chat, "after commit");

            assertThat(events.probed()).hasSize(1).first().isInstanceOf(Api.Reply.class);
            Api.Reply seenByBob = (Api.Reply) events.probed().get(0);
            assertThat(seenByBob.status()).as(seenByBob.toString()).isEqualTo(200);
            assertThat(seenByBob.list("messages"))
                    .as("bob's history while the event was being delivered")
                    .extracting(Chats::id)
                    .containsExactly(id(sent));
        }
    }

    @Test
    void aReplayedRetryRepeatsOnlyTheOriginalsMessageSentWithItsCursor() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chatId = chats.open(alice, bob);
        String chat = "/api/v1/chat/" + chatId;

        try (Recorder events = new Recorder(chatId)) {
            Map<String, Object> original = chats.send(alice, chat, "once", "retry-me");
            assertThat(events.of(MessageSent.class)).hasSize(1);
            List<ChatEvent> afterOriginal = events.all();

            Api.Reply retry = api.postJson(
                    chat + "/messages", Map.of("text", "once", "client_id", "retry-me"), alice.accessToken());

            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(id(retry.json())).isEqualTo(id(original));
            // the original's event once more, same cursor (sockets that had it drop it); nothing else is published
            List<ChatEvent> afterRetry = events.all();
            assertThat(afterRetry.subList(0, afterOriginal.size())).isEqualTo(afterOriginal);
            assertThat(afterRetry.subList(afterOriginal.size(), afterRetry.size()))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            MessageSent.class,
                            repeat -> assertThat(repeat.cursor())
                                    .isEqualTo(
                                            events.of(MessageSent.class).get(0).cursor()));
        }
    }

    @Test
    void refusedActionsPublishNothing() throws Exception {
        Api.Session owner = api.register();
        Api.Session member = api.register();
        Api.Session outsider = api.register();
        long chatId = chats.open(owner, member);
        long groupId = chats.group(owner, Api.uniqueName("quiet "), member);
        String chat = "/api/v1/chat/" + chatId;
        String group = "/api/v1/group/" + groupId;
        long ownersMessage = id(chats.send(owner, group, "owner's words"));

        try (Recorder events = new Recorder(chatId, groupId)) {
            List<Api.Reply> refused = List.of(
                    api.postJson(chat + "/messages", Map.of("text", "let me in"), outsider.accessToken()),
                    api.postJson(group + "/messages", Map.of("text", "let me in"), outsider.accessToken()),
                    api.postJson(group + "/add", Map.of("users", Chats.refs(outsider)), member.accessToken()),
                    api.deleteJson(group + "/delete", Map.of("users", Chats.refs(owner)), member.accessToken()),
                    api.putJson(group, Map.of("name", "mine now"), member.accessToken()),
                    api.delete(group, member.accessToken()),
                    api.postJson(group + "/owner", Map.of("user_id", member.userId()), member.accessToken()),
                    api.patchJson(group + "/messages/" + ownersMessage, Map.of("text", "edited"), member.accessToken()),
                    api.delete(group + "/messages/" + ownersMessage, member.accessToken()),
                    api.postJson(group + "/read", Map.of("message_id", ownersMessage), outsider.accessToken()),
                    api.delete(chat, outsider.accessToken()),
                    api.postJson(group + "/messages", Map.of("text", " "), member.accessToken()));

            assertThat(refused).extracting(Api.Reply::status).allMatch(status -> status >= 400);
            assertThat(events.all()).isEmpty();
        }
    }

    @Test
    void removingAMemberTellsTheRemovedUserToo() throws Exception {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long groupId = chats.group(owner, Api.uniqueName("trio "), bob, carol);

        try (Recorder events = new Recorder(groupId)) {
            Api.Reply removed = api.deleteJson(
                    "/api/v1/group/" + groupId + "/delete", Map.of("users", Chats.refs(carol)), owner.accessToken());
            assertThat(removed.status()).as(removed.toString()).isEqualTo(200);

            assertThat(events.all()).hasSize(1).first().isInstanceOf(MembersRemoved.class);
            MembersRemoved event = (MembersRemoved) events.all().get(0);
            assertThat(event.removed()).containsExactly(user(carol));
            assertThat(event.left()).isFalse();
            assertThat(event.audience()).containsExactlyInAnyOrder(user(owner), user(bob), user(carol));
        }
    }

    @Test
    void leavingTellsTheLeaverAndTheRest() throws Exception {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        long groupId = chats.group(owner, Api.uniqueName("duo "), bob);

        try (Recorder events = new Recorder(groupId)) {
            assertThat(api.send("POST", "/api/v1/group/" + groupId + "/exit", bob.accessToken())
                            .status())
                    .isEqualTo(200);

            assertThat(events.all()).hasSize(1).first().isInstanceOf(MembersRemoved.class);
            MembersRemoved event = (MembersRemoved) events.all().get(0);
            assertThat(event.removed()).containsExactly(user(bob));
            assertThat(event.left()).isTrue();
            assertThat(event.audience()).containsExactlyInAnyOrder(user(owner), user(bob));
        }
    }

    @Test
    void deletingAGroupTellsEveryFormerMemberOnceItIsGone() throws Exception {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long groupId = chats.group(owner, Api.uniqueName("doomed "), bob, carol);
        String group = "/api/v1/group/" + groupId;
        chats.send(bob, group, "goodbye");

        try (Recorder events = new Recorder(
                groupId,
                event -> event instanceof ChatDeleted ? api.get(group + "/info", carol.accessToken()) : null)) {
            assertThat(api.delete(group, owner.accessToken()).status()).isEqualTo(200);

            assertThat(events.all()).hasSize(1).first().isInstanceOf(ChatDeleted.class);
            ChatDeleted event = (ChatDeleted) events.all().get(0);
            assertThat(event.kind()).isEqualTo(ChatKind.GROUP);
            assertThat(event.audience()).containsExactlyInAnyOrder(user(owner), user(bob), user(carol));
            assertThat(events.probed()).hasSize(1).first().isInstanceOf(Api.Reply.class);
            Api.Reply seenByCarol = (Api.Reply) events.probed().get(0);
            assertThat(seenByCarol.status())
                    .as("the group while the event was being delivered: " + seenByCarol)
                    .isEqualTo(404);
        }
    }

    private static UserId user(Api.Session session) {
        return UserId.of(session.userId());
    }

    /**
     * Records the events of some chats, and optionally runs a probe for each one while it is being delivered: on
     * another thread (the publishing request thread waits for it), so the probe sees what any other client would.
     */
    private final class Recorder implements AutoCloseable {
        private final Set<Long> chatIds;
        private final List<ChatEvent> events = new CopyOnWriteArrayList<>();
        private final List<Object> probed = new CopyOnWriteArrayList<>();
        private final AutoCloseable subscription;

        Recorder(long... chatIds) {
            this(chatIds, event -> null);
        }

        Recorder(long chatId, Function<ChatEvent, Object> probe) {
            this(new long[] {chatId}, probe);
        }

        private Recorder(long[] chatIds, Function<ChatEvent, Object> probe) {
            this.chatIds = Arrays.stream(chatIds).boxed().collect(Collectors.toSet());
            this.subscription = publisher.subscribe(published -> {
                if (!(published instanceof ChatEvent event)
                        || !this.chatIds.contains(event.chat().value())) {
                    return;
                }
                events.add(event);
                try {
                    Object seen = probes.submit(() -> probe.apply(event)).get(20, TimeUnit.SECONDS);
                    if (seen != null) {
                        probed.add(seen);
                    }
                } catch (Exception e) {
                    probed.add(e);
                }
            });
        }

        /** The events so far; a request's events are delivered before its response is sent. */
        List<ChatEvent> all() {
            return List.copyOf(events);
        }

        <T extends ChatEvent> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<Object> probed() {
            return List.copyOf(probed);
        }

        @Override
        public void close() throws Exception {
            subscription.close();
        }
    }
}
