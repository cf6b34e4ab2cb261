package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.Tokens;
import io.parley.bootstrap.support.WsClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Whatever a client does with its tokens (header, query, expired, refused), the server's log never holds one, not even
 * at debug level for Parley and the token checks.
 */
class TokensStayOutOfLogsOverWireIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void noTokenEverReachesTheLog() throws InterruptedException {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        // stricter than the shipped levels: Parley's own and the token checks' debug output is searched too
        List<Logger> verbose = List.of((Logger) LoggerFactory.getLogger("io.parley"), (Logger)
                LoggerFactory.getLogger("io.micronaut.security"));
        verbose.forEach(logger -> logger.setLevel(Level.DEBUG));
        Api.Session alice;
        Api.Session eve;
        String expired;
        try {
            alice = api.register();
            Api.Session bob = api.register();
            eve = api.register();
            long chat = chats.open(alice, bob);
            expired = Tokens.resign(
                    alice.accessToken(), TestServer.JWT_SECRET, Instant.now().minusSeconds(60));

            api.get("/api/v1/auth/me", alice.accessToken());
            api.get("/api/v1/auth/me", expired);
            api.get("/api/v1/auth/me?access_token=" + alice.accessToken(), null);
            api.postJson("/api/v1/auth/refresh", Map.of("refresh_token", alice.refreshToken() + "x"), null);
            api.postJson("/api/v1/auth/refresh", Map.of("refresh_token", eve.refreshToken()), null);
            RawUpgrade.request(server, "/api/v1/chat/" + chat + "?access_token=" + eve.accessToken(), null);
            RawUpgrade.request(server, "/api/v1/chat/" + chat + "/call?access_token=" + expired, null);
            RawUpgrade.request(server, "/api/v1/main?access_token=not." + alice.accessToken(), null);
            RawUpgrade.requestWithHeaders(
                    server,
                    "/api/v1/main?access_token=" + alice.accessToken(),
                    "Authorization: Bearer " + expired + "\r\n");
            try (WsClient socket = WsClient.openWithQueryToken(server, "/api/v1/chat/" + chat, alice.accessToken())) {
                socket.next("history", null);
                socket.sendText("{\"type\":\"message\"");
                socket.next("error", null);
            }
            api.postJson("/api/v1/auth/logout", Map.of(), alice.accessToken());
            api.get("/api/v1/auth/me", alice.accessToken());
            Thread.sleep(200);
        } finally {
            root.detachAppender(log);
            verbose.forEach(logger -> logger.setLevel(null));
        }

        List<String> secrets = List.of(
                alice.accessToken(),
                signature(alice.accessToken()),
                alice.refreshToken(),
                eve.accessToken(),
                signature(eve.accessToken()),
                eve.refreshToken(),
                signature(expired));
        assertThat(log.list).isNotEmpty();
        for (ILoggingEvent event : log.list) {
            String logged = everything(event);
            for (String secret : secrets) {
                assertThat(logged)
                        .as("%s %s", event.getLoggerName(), event.getLevel())
                        .doesNotContain(secret);
            }
        }
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    /** An event's message, arguments, MDC and every exception's message and stack, as a log file would hold them. */
    private static String everything(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(' ').append(thrown.getClassName()).append(": ").append(thrown.getMessage());
            for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
                text.append(' ').append(frame.getSTEAsString());
            }
        }
        return text.toString();
    }
}
