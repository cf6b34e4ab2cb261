package io.parley.adapter.websocket.call;

import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.Event;
import jakarta.inject.Singleton;

/** Hands call events to this node's call sockets: a signal to its one target session, join/leave to the room. */
@Singleton
public final class CallDelivery {
    private final CallSessions sessions;
    private final CallFrames frames;

    CallDelivery(CallSessions sessions, CallFrames frames) {
        this.sessions = sessions;
        this.frames = frames;
    }

    /** True if the event was a call event (and has been delivered). */
    public boolean deliver(Event event) {
        if (event instanceof CallSignal signal) {
            CallConnection target = sessions.session(signal.toSession());
            if (target != null && target.user().equals(signal.to())) {
                target.send(frames.signal(signal.type(), signal.chat().value(), signal.fromSession(),
                        signal.toSession(), signal.payload()));
            }
            return true;
        }
        if (event instanceof CallMembershipChanged change) {
            for (CallConnection call : sessions.inRoom(change.chat())) {
                if (!change.participant().sessionId().equals(call.sessionId())) {
                    call.send(frames.joinOrLeave(change.joined() ? "join" : "leave", change.chat().value(),
                            change.participant()));
                }
            }
            return true;
        }
        return false;
    }
}
