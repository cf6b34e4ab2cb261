package io.parley.adapter.websocket.frame;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.ChatSettingsChanges;
import io.parley.adapter.wire.json.JsonValueRefusedException;
import io.parley.adapter.wire.json.JsonValues;
import io.parley.domain.chat.ChatKind;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads client frames in seed 000's bare form ({@code {"type":"message","text":…}}) or in the envelope form
 * ({@code {"type":"message","payload":{"type":"typing",…}}}); strict about types: a number is not a string.
 */
@Singleton
public final class ClientFrameReader {
    private final JsonMapper json;

    public ClientFrameReader(JsonMapper json) {
        this.json = json;
    }

    /** The action a frame asks for; throws {@link FrameException} for anything malformed. */
    public ClientFrame read(String text) {
        JsonNode root = parse(text);
        String outerType = string(root, "type");
        JsonNode payload = root.get("payload");
        JsonNode fields = payload != null && payload.isObject() ? payload : root;
        String innerType = fields == root ? null : string(fields, "type");
        String action = innerType != null ? innerType : outerType;
        if (action == null) {
            throw new FrameException("frame.missing_field", "a frame needs a type");
        }
        Long chatId = integer(fields, "chat_id");
        Long groupId = integer(fields, "group_id");
        ChatKind kind = null;
        if (chatId == null && groupId != null) {
            chatId = groupId;
            kind = ChatKind.GROUP;
        }
        // only a settings frame reads these: other frames that happen to carry them are read as before
        boolean settings = action.equals("chat_settings");
        return new ClientFrame(
                action,
                chatId,
                kind,
                string(fields, "text"),
                string(fields, "client_id"),
                integer(fields, "id"),
                resume(fields),
                fileUrls(fields),
                integer(fields, "reply_to"),
                string(fields, "emoji"),
                integers(fields, "mentions"),
                bool(fields, "mention_all"),
                forwardFrom(fields),
                settings ? ChatSettingsChanges.mute(fields, "frame") : null,
                settings ? ChatSettingsChanges.archived(fields, "frame") : null,
                integer(fields, "thread_root"),
                integer(fields, "thread_seq"));
    }

    private static ClientFrame.ForwardRef forwardFrom(JsonNode node) {
        JsonNode from = node.get("forward_from");
        if (from == null || from.isNull()) {
            return null;
        }
        if (!from.isObject()) {
            throw new FrameException(
                    "frame.invalid_field", "forward_from must be an object with chat_id or group_id and message_id");
        }
        return new ClientFrame.ForwardRef(
                integer(from, "chat_id"), integer(from, "group_id"), integer(from, "message_id"));
    }

    /**
     * What can be read of a frame that {@link #read} refused, to echo in the error: its action, client id and chat id
     * where they have the right type; null if the frame is not a JSON object at all.
     */
    public ClientFrame bestEffort(String text) {
        JsonNode root;
        try {
            root = parse(text);
        } catch (FrameException notAnObject) {
            return null;
        }
        JsonNode payload = root.get("payload");
        JsonNode fields = payload != null && payload.isObject() ? payload : root;
        String action = lenientString(fields.get("type"));
        return new ClientFrame(
                action != null ? action : lenientString(root.get("type")),
                lenientLong(fields.get("chat_id")),
                null,
                null,
                lenientString(fields.get("client_id")),
                null,
                null,
                null);
    }

    private static String lenientString(JsonNode value) {
        return value != null && value.isString() && JsonValues.isWellFormed(value.getStringValue())
                ? value.getStringValue()
                : null;
    }

    private static Long lenientLong(JsonNode value) {
        return value != null && value.isNumber() && JsonValues.isWhole(value) ? value.getLongValue() : null;
    }

    private JsonNode parse(String text) {
        JsonNode root;
        try {
            root = json.readValue(text, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new FrameException("frame.invalid_json", "the frame is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new FrameException("frame.invalid_json", "a frame must be a JSON object");
        }
        return root;
    }

    private static String string(JsonNode node, String field) {
        try {
            return JsonValues.string(node.get(field));
        } catch (JsonValueRefusedException refused) {
            throw refusal(field, refused);
        }
    }

    private static Long integer(JsonNode node, String field) {
        try {
            return JsonValues.wholeNumber(node.get(field));
        } catch (JsonValueRefusedException refused) {
            throw refusal(field, refused);
        }
    }

    private static List<Long> integers(JsonNode node, String field) {
        try {
            return JsonValues.wholeNumbers(node.get(field));
        } catch (JsonValueRefusedException refused) {
            throw refusal(field, refused);
        }
    }

    private static Boolean bool(JsonNode node, String field) {
        try {
            return JsonValues.bool(node.get(field));
        } catch (JsonValueRefusedException refused) {
            throw refusal(field, refused);
        }
    }

    /** {@code frame.invalid_text} for text that is not valid Unicode, {@code frame.invalid_field} for a wrong type. */
    static FrameException refusal(String field, JsonValueRefusedException refused) {
        return new FrameException(
                refused.invalidText() ? "frame.invalid_text" : "frame.invalid_field",
                field + " must be " + refused.expected());
    }

    private static List<String> fileUrls(JsonNode node) {
        List<String> urls;
        try {
            List<String> listed = JsonValues.strings(node.get("file_urls"));
            urls = listed == null ? new ArrayList<>() : new ArrayList<>(listed);
            if (urls.contains(null)) {
                throw new FrameException("frame.invalid_field", "file_urls must be an array of strings");
            }
        } catch (JsonValueRefusedException refused) {
            throw refusal("file_urls", refused);
        }
        for (String single : new String[] {"audio_message_url", "video_message_url"}) {
            String url = string(node, single);
            if (url != null) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static Map<Long, Long> resume(JsonNode node) {
        JsonNode chats = node.get("chats");
        if (chats == null || chats.isNull()) {
            return null;
        }
        if (!chats.isObject()) {
            throw new FrameException("frame.invalid_field", "chats must map chat ids to cursors");
        }
        Map<Long, Long> cursors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : chats.entries()) {
            long chat;
            try {
                chat = Long.parseLong(entry.getKey());
            } catch (NumberFormatException e) {
                throw new FrameException("frame.invalid_field", "chats keys must be chat ids");
            }
            JsonNode cursor = entry.getValue();
            if (!cursor.isNumber() || !JsonValues.isWhole(cursor) || cursor.getLongValue() < 0) {
                throw new FrameException("frame.invalid_field", "chats values must be cursors (whole numbers >= 0)");
            }
            cursors.put(chat, cursor.getLongValue());
        }
        return cursors;
    }
}
