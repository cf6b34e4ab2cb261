package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.PinView;
import java.time.Instant;

/** That a message is pinned: who pinned it ({@code by}: seed 000's author shape) and when ({@code time}). */
@Serdeable
public record PinJson(AuthorJson by, Instant time) {
    public static PinJson of(PinView pin) {
        return new PinJson(new AuthorJson(pin.byId(), pin.byName()), pin.at());
    }
}
