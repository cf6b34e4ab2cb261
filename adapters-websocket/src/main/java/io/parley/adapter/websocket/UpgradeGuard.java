package io.parley.adapter.websocket;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.parley.adapter.websocket.socket.SocketUser;
import io.parley.adapter.wire.ErrorStatus;
import io.parley.application.chat.CheckMembershipQuery;
import io.parley.application.chat.CheckMembershipUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import java.util.Optional;

/**
 * Refuses socket upgrades into a chat or group before any socket opens: a non-member (or a missing chat) gets 404, a
 * bad {@code limit}/{@code offset}/{@code since} gets 400, and a plain GET of a socket path gets 400 telling the caller
 * to upgrade. The router takes a socket path with a trailing slash as the path without, so this filter does too. Runs
 * after authentication, so a caller without a valid token has already had its 401.
 */
@ServerFilter({
    "/api/v1/chat/*",
    "/api/v1/chat/*/",
    "/api/v1/group/*",
    "/api/v1/group/*/",
    "/api/v1/chat/*/call",
    "/api/v1/chat/*/call/",
    "/api/v1/group/*/call",
    "/api/v1/group/*/call/",
    "/api/v1/main",
    "/api/v1/main/"
})
public final class UpgradeGuard implements Ordered {
    private final CheckMembershipUseCase membership;

    public UpgradeGuard(CheckMembershipUseCase membership) {
        this.membership = membership;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> admitMembersOnly(HttpRequest<?> request) {
        if (!isUpgrade(request)) {
            return request.getMethod() == HttpMethod.GET
                    ? refusal(
                            HttpStatus.BAD_REQUEST,
                            "request.websocket_required",
                            "this path is a WebSocket: send an upgrade request (Connection: Upgrade, Upgrade: websocket)")
                    : null;
        }
        String path = withoutTrailingSlash(request.getPath());
        if (path.equals("/api/v1/main")) {
            return null;
        }
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (caller.isEmpty()) {
            // the route's security rule answers 401
            return null;
        }
        ChatKind kind = path.startsWith("/api/v1/group/") ? ChatKind.GROUP : ChatKind.PRIVATE;
        boolean call = path.endsWith("/call");
        String chatPath = call ? path.substring(0, path.length() - "/call".length()) : path;
        String id = chatPath.substring(chatPath.lastIndexOf('/') + 1);
        try {
            ChatAddress chat = address(kind, id);
            if (!call) {
                // history and resume parameters belong to the chat and group sockets only
                ChatSocketRequest.of(request.getParameters());
            }
            membership.check(
                    new CheckMembershipQuery(SocketUser.of(caller.get()).user(), chat));
            return null;
        } catch (DomainException refused) {
            HttpStatus status = HttpStatus.valueOf(ErrorStatus.httpStatus(refused.kind()));
            return refusal(status, refused.code(), refused.getMessage());
        }
    }

    private static String withoutTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static HttpResponse<?> refusal(HttpStatus status, String code, String message) {
        return HttpResponse.status(status).body(new UpgradeRefusal(code, message));
    }

    private static ChatAddress address(ChatKind kind, String id) {
        try {
            long value = Long.parseLong(id);
            return kind == ChatKind.GROUP ? ChatAddress.group(value) : ChatAddress.privateChat(value);
        } catch (NumberFormatException | DomainException notAnId) {
            String what = kind == ChatKind.GROUP ? "group" : "chat";
            throw new DomainException(ErrorKind.NOT_FOUND, what + ".not_found", "no such " + what);
        }
    }

    static boolean isUpgrade(HttpRequest<?> request) {
        return request.getHeaders()
                .get(HttpHeaders.UPGRADE, String.class)
                .filter("websocket"::equalsIgnoreCase)
                .isPresent();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }
}
