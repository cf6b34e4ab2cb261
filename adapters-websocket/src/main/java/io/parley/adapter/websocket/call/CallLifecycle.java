package io.parley.adapter.websocket.call;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.parley.adapter.websocket.connection.Outbox;
import io.parley.adapter.websocket.connection.SerialExecutor;
import io.parley.adapter.websocket.connection.SessionWire;
import io.parley.adapter.websocket.connection.Wire;
import io.parley.adapter.websocket.frame.FrameException;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.Draining;
import io.parley.adapter.websocket.socket.SocketHandler;
import io.parley.adapter.websocket.socket.SocketUser;
import io.parley.adapter.websocket.socket.SocketWriters;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import io.parley.application.call.JoinCallCommand;
import io.parley.application.call.JoinCallUseCase;
import io.parley.application.call.JoinedCall;
import io.parley.application.call.LeaveCallCommand;
import io.parley.application.call.LeaveCallUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call sockets: {@code join} gets a server-made session and the participant list, {@code offer}/{@code answer}/
 * {@code ice} go to their target session ({@link CallSignalling}), {@code leave} (or a dropped socket) takes the session
 * out. Every bad frame gets an {@code error} frame; frames over 64 KiB close the socket with 1009.
 */
@Singleton
public final class CallLifecycle implements SocketHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CallLifecycle.class);
    private static final String CONNECTION = "parley.call";
    private static final Set<String> SIGNALS = Set.of("offer", "answer", "ice");

    private final CallSessions sessions;
    private final CallFrames frames;
    private final JoinCallUseCase join;
    private final LeaveCallUseCase leave;
    private final CallSignalling signalling;
    private final WebSocketSettings settings;
    private final Draining draining;
    private final ExecutorService blocking;
    private final SocketWriters writers;

    CallLifecycle(
            CallSessions sessions,
            CallFrames frames,
            JoinCallUseCase join,
            LeaveCallUseCase leave,
            CallSignalling signalling,
            WebSocketSettings settings,
            Draining draining,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            SocketWriters writers) {
        this.settings = settings;
        this.draining = draining;
        this.sessions = sessions;
        this.frames = frames;
        this.join = join;
        this.leave = leave;
        this.signalling = signalling;
        this.blocking = blocking;
        this.writers = writers;
    }

    void open(WebSocketSession socket, ChatAddress chat) {
        SocketUser user = SocketUser.of(socket);
        Wire wire = new SessionWire(socket);
        CallConnection[] self = new CallConnection[1];
        Outbox outbox = new Outbox(
                wire::send,
                settings.outboundLimit(),
                reason -> end(self[0], CloseCodes.SLOW_CONSUMER, "the client stopped reading"),
                writers);
        self[0] = new CallConnection(
                user.user(), user.session(), chat, wire, outbox, new SerialExecutor(blocking, settings.inboundQueue()));
        socket.put(CONNECTION, self[0]);
        sessions.opened(self[0]);
        if (draining.isOn()) {
            // opened just as the shutdown began, after the others were closed: it goes the same way
            end(self[0], CloseCodes.SHUTTING_DOWN, CloseCodes.SHUTTING_DOWN_REASON);
        }
    }

    /** Closes every call socket of this node with {@code code}; their sessions leave their calls. */
    public CompletableFuture<Void> endAll(int code, String reason) {
        return CompletableFuture.allOf(
                sessions.all().stream().map(call -> end(call, code, reason)).toArray(CompletableFuture[]::new));
    }

    @Override
    public void received(WebSocketSession socket, String text) {
        CallConnection call = socket.get(CONNECTION, CallConnection.class).orElse(null);
        if (call == null || call.isEnded()) {
            return;
        }
        call.heard();
        if (WebSocketSettings.tooBig(text)) {
            end(call, CloseCodes.TOO_BIG, "frames are limited to 64 KiB");
        } else if (!call.enqueue(() -> handle(call, text))) {
            end(call, CloseCodes.POLICY, "too many frames waiting; slow down");
        }
    }

    @Override
    public void pong(WebSocketSession socket) {
        socket.get(CONNECTION, CallConnection.class).ifPresent(CallConnection::heard);
    }

    /** The client (or the network) ended the socket; a client's close frame is answered with the same code. */
    @Override
    public void closed(WebSocketSession socket, CloseReason reason) {
        socket.get(CONNECTION, CallConnection.class).ifPresent(call -> end(call, 0, null));
        if (socket.isOpen() && CloseCodes.sendable(reason.getCode())) {
            socket.close(reason);
        }
    }

    private void handle(CallConnection call, String text) {
        try {
            CallFrames.Incoming frame = frames.read(text);
            if (frame.roomId() != null && frame.roomId() != call.chat().id().value()) {
                throw new FrameException(
                        "call.wrong_room",
                        "this socket is for room " + call.chat().id());
            }
            dispatch(call, frame);
        } catch (DomainException refused) {
            call.send(frames.error(refused));
        } catch (RuntimeException e) {
            LOG.error("a call frame of user {} failed", call.user(), e);
            call.send(frames.serverError());
        }
    }

    private void dispatch(CallConnection call, CallFrames.Incoming frame) {
        if (frame.type().equals("join")) {
            if (call.sessionId() != null) {
                throw new FrameException("call.already_joined", "this socket is in the call already");
            }
            // listed locally before the others hear of it, so a signal sent to the newcomer at once finds it
            JoinCallCommand command = new JoinCallCommand(call.user(), call.chat());
            call.joined(command.sessionId());
            sessions.add(call);
            JoinedCall joined;
            try {
                joined = join.join(command);
            } catch (RuntimeException refused) {
                sessions.remove(call);
                call.joined(null);
                throw refused;
            }
            call.send(frames.joined(call.chat().id().value(), joined.sessionId(), joined.others()));
        } else if (frame.type().equals("leave")) {
            requireJoined(call);
            leaveCall(call);
        } else if (SIGNALS.contains(frame.type())) {
            signalling.relay(call, frame);
        } else {
            throw new FrameException("frame.unknown_type", "unknown frame type: " + frame.type());
        }
    }

    private static void requireJoined(CallConnection call) {
        if (call.sessionId() == null) {
            throw new DomainException(ErrorKind.FORBIDDEN, "call.not_joined", "join the call first");
        }
    }

    private void leaveCall(CallConnection call) {
        String session = call.sessionId();
        sessions.remove(call);
        call.joined(null);
        leave.leave(new LeaveCallCommand(call.user(), call.chat(), session));
    }

    /**
     * Ends a socket (code 0: the client or the network closed it; otherwise the server closes it with the code): a
     * joined session leaves the call.
     */
    /** Ends the call socket once; a code other than 0 is sent. Completes once that close is handed out. */
    CompletableFuture<Void> end(CallConnection call, int code, String reason) {
        if (call == null || !call.end()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> closing =
                code != 0 ? call.close(code, reason) : CompletableFuture.completedFuture(null);
        String session = call.sessionId();
        sessions.closed(call);
        if (session != null) {
            blocking.execute(() -> leave.leave(new LeaveCallCommand(call.user(), call.chat(), session)));
        }
        return closing;
    }
}
