package io.parley.domain.message;

import io.parley.domain.DomainException;

/** Seed 000's message types that are stored: text, files, a voice message, a video message. */
public enum MessageKind {
    TEXT("message"),
    WITH_FILES("with_files"),
    AUDIO_MESSAGE("audio_message"),
    VIDEO_MESSAGE("video_message");

    private final String wireName;

    MessageKind(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code type} clients see and send. */
    public String wireName() {
        return wireName;
    }

    /** The kind named {@code type} ({@code message} when null); 400 {@code message.invalid_type} otherwise. */
    public static MessageKind of(String type) {
        if (type == null) {
            return TEXT;
        }
        for (MessageKind kind : values()) {
            if (kind.wireName.equals(type)) {
                return kind;
            }
        }
        throw DomainException.invalid(
                "message.invalid_type", "type must be message, with_files, audio_message or video_message");
    }
}
