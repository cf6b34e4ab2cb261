package io.parley.adapter.websocket.call;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.websocket.frame.ErrorPayload;
import io.parley.adapter.websocket.frame.Frame;
import io.parley.adapter.websocket.frame.FrameException;
import io.parley.adapter.wire.ErrorStatus;
import io.parley.adapter.wire.json.JsonValueRefusedException;
import io.parley.adapter.wire.json.JsonValues;
import io.parley.application.model.CallParticipant;
import io.parley.domain.DomainException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 000's call frames, {@code {"type":…, "roomId":…, "sessionId":…, "payload":…}} (camelCase, as the seed writes
 * them), read strictly and written with the server's session ids; a signal's {@code payload} passes through as JSON.
 */
@Singleton
public final class CallFrames {
    private final JsonMapper json;

    public CallFrames(JsonMapper json) {
        this.json = json;
    }

    /** A client frame: {@code type}, the room it names, its session, the target ({@code to}) and the payload. */
    record Incoming(String type, Long roomId, String sessionId, String to, String payload) {}

    Incoming read(String text) {
        JsonNode root;
        try {
            root = json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new FrameException("frame.invalid_json", "the frame is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new FrameException("frame.invalid_json", "a frame must be a JSON object");
        }
        JsonNode type = root.get("type");
        if (type == null || type.isNull()) {
            throw new FrameException("frame.missing_field", "a frame needs a type");
        }
        String action = string(root, "type");
        JsonNode room = root.get("roomId");
        if (room != null && !room.isNull() && !(room.isNumber() && JsonValues.isWhole(room))) {
            throw new FrameException("frame.invalid_field", "roomId must be the chat's id");
        }
        JsonNode payload = root.get("payload");
        if (payload != null && !payload.isNull() && !payload.isObject()) {
            throw new FrameException("frame.invalid_field", "payload must be a JSON object");
        }
        return new Incoming(
                action,
                room == null || room.isNull() ? null : room.getLongValue(),
                string(root, "sessionId"),
                string(root, "to"),
                payload == null || payload.isNull() ? null : write(payload));
    }

    Frame joined(long room, String session, List<CallParticipant> others) {
        Map<String, Object> frame = base("joined", room, session);
        frame.put("participants", others.stream().map(CallFrames::participant).toList());
        return new Frame(write(frame), false);
    }

    Frame joinOrLeave(String type, long room, CallParticipant who) {
        Map<String, Object> frame = base(type, room, who.sessionId());
        frame.put("userId", who.user().value());
        frame.put("name", who.name());
        return new Frame(write(frame), false);
    }

    /** A relayed signal: {@code sessionId} and {@code from} both name the sender, {@code to} the target. */
    Frame signal(String type, long room, String from, String to, String payload) {
        Map<String, Object> frame = base(type, room, from);
        frame.put("from", from);
        frame.put("to", to);
        return new Frame(
                write(frame).replaceFirst("}$", "") + ",\"payload\":" + (payload == null ? "null" : payload) + "}",
                false);
    }

    /** A refused call frame: the code and kind an {@code error} frame of the other sockets carries. */
    Frame error(DomainException refused) {
        return error(refused.code(), ErrorStatus.wireName(refused.kind()), refused.getMessage());
    }

    /** A call frame the server failed on, not the client. */
    Frame serverError() {
        return error("server.error", ErrorPayload.SERVER_KIND, "the server could not handle this frame; try again");
    }

    private Frame error(String code, String kind, String message) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "error");
        frame.put("error", code);
        frame.put("kind", kind);
        frame.put("message", message);
        return new Frame(write(frame), false);
    }

    private static Map<String, Object> base(String type, long room, String session) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("roomId", room);
        frame.put("sessionId", session);
        return frame;
    }

    private static Map<String, Object> participant(CallParticipant p) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("sessionId", p.sessionId());
        one.put("userId", p.user().value());
        one.put("name", p.name());
        return one;
    }

    private static String string(JsonNode node, String field) {
        try {
            return JsonValues.string(node.get(field));
        } catch (JsonValueRefusedException refused) {
            throw new FrameException(
                    refused.invalidText() ? "frame.invalid_text" : "frame.invalid_field",
                    field + " must be " + refused.expected());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a call frame could not be written", e);
        }
    }
}
