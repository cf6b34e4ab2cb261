package io.parley.adapter.redis;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.parley.application.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns events into the JSON envelope nodes exchange, {@code {"origin": node, "type": kind, "event": {...}}}, and
 * back; the shape does not depend on the application's serde settings (see {@link WireFormat}).
 */
@Singleton
@Requires(property = "redis.uri")
public final class EventCodec {
    private final ObjectMapper mapper;

    /** A codec built on the context's mapper (its serde registry), with the fixed wire format. */
    @Inject
    public EventCodec(ObjectMapper base) {
        this.mapper = WireFormat.apply(base);
    }

    /** A codec outside any application context (tests, tools). */
    public static EventCodec standalone() {
        return new EventCodec(ObjectMapper.getDefault());
    }

    /** The envelope of {@code event} published by node {@code origin}; fails for an event kind without wire name. */
    public String encode(String origin, Event event) throws IOException {
        String kind = EventKinds.nameOf(event);
        Map<String, JsonNode> envelope = new LinkedHashMap<>();
        envelope.put("origin", JsonNode.createStringNode(origin));
        envelope.put("type", JsonNode.createStringNode(kind));
        envelope.put("event", write(event));
        return mapper.writeValueAsString(JsonNode.createObjectNode(envelope));
    }

    /**
     * The event in {@code message}, or empty if node {@code ownOrigin} published it; fails with an exception for
     * anything that is not a valid envelope of a known kind holding a valid event.
     */
    public Optional<Event> decode(String message, String ownOrigin) throws IOException {
        JsonNode envelope = mapper.readValue(message, JsonNode.class);
        if (envelope == null || !envelope.isObject()) {
            throw new IOException("envelope is not a JSON object");
        }
        if (ownOrigin.equals(text(envelope, "origin"))) {
            return Optional.empty();
        }
        String kind = text(envelope, "type");
        Class<? extends Event> type = EventKinds.classNamed(kind)
                .orElseThrow(() -> new IOException("unknown event type " + abbreviate(kind)));
        JsonNode body = envelope.get("event");
        if (body == null || !body.isObject()) {
            throw new IOException("event of type " + kind + " is not a JSON object");
        }
        Event event = mapper.readValueFromTree(body, type);
        if (event == null) {
            throw new IOException("event of type " + kind + " decoded to nothing");
        }
        return Optional.of(event);
    }

    @SuppressWarnings("unchecked")
    private <E extends Event> JsonNode write(E event) throws IOException {
        return mapper.writeValueToTree(Argument.of((Class<E>) event.getClass()), event);
    }

    private static String text(JsonNode envelope, String field) throws IOException {
        JsonNode value = envelope.get(field);
        if (value == null || !value.isString()) {
            throw new IOException("envelope has no string field " + field);
        }
        return value.getStringValue();
    }

    /** At most 80 characters of untrusted input, for error messages and logs. */
    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
