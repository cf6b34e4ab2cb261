package io.parley.adapter.websocket.call;

import io.parley.application.call.RelayCallSignalCommand;
import io.parley.application.call.RelayCallSignalUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import jakarta.inject.Singleton;

/**
 * A joined socket's {@code offer}, {@code answer} and {@code ice}: with {@code to}, to that session; without it (seed
 * 000's frames), an {@code answer} to the session whose offer it answers if this socket received one, and otherwise
 * any signal to every other session of the call.
 */
@Singleton
final class CallSignalling {
    private final RelayCallSignalUseCase relay;

    CallSignalling(RelayCallSignalUseCase relay) {
        this.relay = relay;
    }

    void relay(CallConnection call, CallFrames.Incoming frame) {
        if (call.sessionId() == null) {
            throw new DomainException(ErrorKind.FORBIDDEN, "call.not_joined", "join the call first");
        }
        String to = frame.to();
        if (frame.type().equals("answer")) {
            to = to == null ? call.answering() : to;
            call.answered(to);
        }
        relay.relay(new RelayCallSignalCommand(
                call.user(), call.chat(), frame.type(), call.sessionId(), to, frame.payload()));
    }
}
