package io.parley.application.call;

import io.parley.application.model.CallParticipant;
import java.util.List;

/** The session id the server gave the joining socket, and who was already in the call. */
public record JoinedCall(String sessionId, List<CallParticipant> others) {
    public JoinedCall {
        others = List.copyOf(others);
    }
}
