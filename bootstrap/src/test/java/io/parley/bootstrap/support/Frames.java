package io.parley.bootstrap.support;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reading server frames in tests. */
public final class Frames {
    private Frames() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> payload(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("payload");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> json, String field) {
        return (Map<String, Object>) json.get(field);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }

    public static long number(Map<String, Object> json, String field) {
        return ((Number) json.get(field)).longValue();
    }

    /** Frames of envelope {@code type} whose payload has {@code payloadType}. */
    public static Predicate<Map<String, Object>> of(String type, String payloadType) {
        return f -> type.equals(f.get("type")) && payloadType.equals(payload(f).get("type"));
    }

    /** A message (or new-message notification) frame of a chat, with its text. */
    public static Predicate<Map<String, Object>> newMessage(long chatId) {
        return f -> ("message".equals(f.get("type"))
                        && "message".equals(payload(f).get("type"))
                        && number(payload(f), "chat_id") == chatId)
                || ("notification".equals(f.get("type"))
                        && "message".equals(payload(f).get("type"))
                        && number(map(payload(f), "message"), "chat_id") == chatId);
    }

    /** A new message of the given {@code type} (e.g. {@code audio_message}) in a chat, on either socket kind. */
    public static Predicate<Map<String, Object>> newMessageOfType(long chatId, String type) {
        return f -> ("message".equals(f.get("type"))
                        && type.equals(payload(f).get("type"))
                        && number(payload(f), "chat_id") == chatId)
                || ("notification".equals(f.get("type"))
                        && "message".equals(payload(f).get("type"))
                        && number(map(payload(f), "message"), "chat_id") == chatId
                        && type.equals(map(payload(f), "message").get("type")));
    }

    /** The message of a {@code message} frame or a new-message {@code notification}. */
    public static Map<String, Object> message(Map<String, Object> frame) {
        Map<String, Object> payload = payload(frame);
        return "notification".equals(frame.get("type")) ? map(payload, "message") : payload;
    }
}
