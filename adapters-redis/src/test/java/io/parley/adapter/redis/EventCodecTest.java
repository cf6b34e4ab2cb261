package io.parley.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import io.parley.application.event.Event;
import io.parley.application.event.MessageSent;
import io.parley.application.event.TypingChanged;
import io.parley.application.testdata.SampleEvents;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EventCodecTest {
    private final EventCodec codec = EventCodec.standalone();

    @Test
    void everyKindOfEventRoundTripsEqual() throws Exception {
        for (Event event : SampleEvents.everyKind()) {
            assertThat(codec.decode(codec.encode("node-a", event), "node-b")).contains(event);
        }
    }

    @Test
    void instantsKeepTheirNanoseconds() throws Exception {
        Instant at = Instant.parse("2026-11-21T10:15:30.123456789Z");
        Event typing = new TypingChanged(ChatId.of(1), UserId.of(2), "Bob", false, at, List.of(UserId.of(3)));

        assertThat(codec.decode(codec.encode("node-a", typing), "node-b")).contains(typing);
    }

    @Test
    void theEnvelopeNamesOriginAndKind() throws Exception {
        String json = codec.encode("node-a", new MessageSent(SampleEvents.message(1), 1, List.of()));

        assertThat(json)
                .startsWith("{\"origin\":\"node-a\",\"type\":\"message_sent\",\"event\":{")
                .contains("\"sentAt\":\"2026-11-21T10:15:30.123456Z\"", "\"editedAt\":null", "\"audience\":[]");
    }

    @Test
    void eventsOfTheOwnNodeAreSkipped() throws Exception {
        assertThat(codec.decode(codec.encode("node-a", SampleEvents.everyKind().get(0)), "node-a"))
                .isEmpty();
    }

    @Test
    void theKindTableNamesEveryEventClass() {
        Set<Class<?>> named = new HashSet<>();
        EventKinds.classes().forEach(named::add);

        assertThat(named).containsExactlyInAnyOrderElementsOf(concreteSubtypes(Event.class));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "[1,2]",
                "{\"origin\":\"x\",\"type\":\"java.lang.Runtime\",\"event\":{}}",
                "{\"origin\":\"x\",\"event\":{}}",
                "{\"type\":\"chat_created\",\"event\":{}}",
                "{\"origin\":\"x\",\"type\":\"chat_created\",\"event\":\"no object\"}",
                "{\"origin\":\"x\",\"type\":\"chat_created\",\"event\":{\"chat\":{\"value\":-4},\"kind\":\"GROUP\","
                        + "\"audience\":[]}}",
                "{\"origin\":\"x\",\"type\":\"chat_created\",\"event\":{\"chat\":{\"value\":4},\"kind\":\"SECRET\","
                        + "\"audience\":[]}}"
            })
    void malformedMessagesAreRejected(String message) {
        assertThatThrownBy(() -> codec.decode(message, "node-b"))
                .isInstanceOfAny(IOException.class, RuntimeException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "SNAKE_CASE;ALWAYS;STRING", "KEBAB_CASE;NON_EMPTY;INTEGER", "LOWER_CASE;NON_NULL;DECIMAL"})
    void theWireFormatIgnoresTheApplicationsSerdeSettings(String settings) throws Exception {
        String[] chosen = settings.split(";");
        Map<String, Object> properties = settings.isEmpty()
                ? Map.of()
                : Map.of(
                        "micronaut.serde.property-naming-strategy", chosen[0],
                        "micronaut.serde.serialization.inclusion", chosen[1],
                        "micronaut.serde.time-write-shape", chosen[2]);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            ObjectMapper applications = context.getBean(ObjectMapper.class);
            EventCodec configured = new EventCodec(applications);
            MessageSent sample = new MessageSent(SampleEvents.message(2), 2, List.of());
            assertThat(codec.encode("node-a", sample))
                    .as("the settings change the application's JSON")
                    .doesNotContain(applications.writeValueAsString(sample));

            for (Event event : SampleEvents.everyKind()) {
                String json = configured.encode("node-a", event);
                assertThat(json).isEqualTo(codec.encode("node-a", event));
                assertThat(configured.decode(json, "node-b")).isEqualTo(Optional.of(event));
            }
        }
    }

    private static List<Class<?>> concreteSubtypes(Class<?> type) {
        List<Class<?>> found = new ArrayList<>();
        if (!type.isSealed()) {
            found.add(type);
            return found;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            found.addAll(concreteSubtypes(permitted));
        }
        return found;
    }
}
