package io.parley.application.call;

import java.util.List;
import io.parley.application.model.CallParticipant;

/** The session id the server gave the joining socket, and who was already in the call. */
public record JoinedCall(String sessionId, List<CallParticipant> others) {
    public JoinedCall {
        others = List.copyOf(others);
    }
}
