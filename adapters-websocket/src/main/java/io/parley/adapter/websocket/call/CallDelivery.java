package io.parley.adapter.websocket.call;

import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.application.event.CallMembershipChanged;
import io.parley.application.event.CallSignal;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.MembersRemoved;
import io.parley.application.event.SessionsEnded;
import jakarta.inject.Singleton;

/**
 * Hands call events to this node's call sockets: a signal to its one target session, join/leave to the room. Closes
 * the call sockets of members removed from a group (4403), of deleted chats (4404) and of ended logins (4401); their
 * close takes them out of the call. Which events come here is decided per kind by the node's fan-out.
 */
@Singleton
public final class CallDelivery {
    private final CallSessions sessions;
    private final CallFrames frames;

    CallDelivery(CallSessions sessions, CallFrames frames) {
        this.sessions = sessions;
        this.frames = frames;
    }

    /** Closes the call sockets of the removed members in that group. */
    public void membersRemoved(MembersRemoved removed) {
        sessions.all().stream()
                .filter(call -> call.chat().id().equals(removed.chat())
                        && removed.removed().contains(call.user()))
                .forEach(call -> call.close(CloseCodes.REMOVED, "no longer a member"));
    }

    /** Closes the call sockets of the deleted chat. */
    public void chatDeleted(ChatDeleted deleted) {
        sessions.all().stream()
                .filter(call -> call.chat().id().equals(deleted.chat()))
                .forEach(call -> call.close(CloseCodes.CHAT_GONE, "the conversation was deleted"));
    }

    /** Closes the call sockets opened with a login session that ended. */
    public void sessionsEnded(SessionsEnded ended) {
        sessions.all().stream()
                .filter(call -> call.user().equals(ended.user())
                        && ended.ends(call.login().orElse(null)))
                .forEach(call -> call.close(CloseCodes.SESSION_ENDED, "logged out"));
    }

    /**
     * Relays the signal to its target session if that session is on this node and belongs to the target user; an
     * offer is remembered there, for an answer that names no target.
     */
    public void signal(CallSignal signal) {
        CallConnection target = sessions.session(signal.toSession());
        if (target != null && target.user().equals(signal.to())) {
            if (signal.type().equals("offer")) {
                target.offered(signal.fromSession());
            }
            target.send(frames.signal(
                    signal.type(), signal.chat().value(), signal.fromSession(), signal.toSession(), signal.payload()));
        }
    }

    /** Tells the room's other sessions on this node that a session joined or left. */
    public void membershipChanged(CallMembershipChanged change) {
        for (CallConnection call : sessions.inRoom(change.chat())) {
            if (!change.participant().sessionId().equals(call.sessionId())) {
                if (!change.joined()) {
                    call.answered(change.participant().sessionId());
                }
                call.send(frames.joinOrLeave(
                        change.joined() ? "join" : "leave", change.chat().value(), change.participant()));
            }
        }
    }
}
