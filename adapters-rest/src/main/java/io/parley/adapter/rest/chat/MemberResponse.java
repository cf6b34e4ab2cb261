package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.ParticipantView;
import java.time.Instant;
import java.util.Locale;

/** A member of a chat or group: seed 000's {@code {id, name}} plus username, role and when they joined. */
@Serdeable
public record MemberResponse(long id, String name, String username, String role, Instant joinedAt) {
    public static MemberResponse of(ParticipantView view) {
        return new MemberResponse(
                view.id(), view.name(), view.username(), view.role().name().toLowerCase(Locale.ROOT), view.joinedAt());
    }
}
