package io.parley.bootstrap.support;

import com.sun.net.httpserver.HttpServer;
import io.parley.bootstrap.Parley;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves the browser test page ({@code src/test/resources/browser/call.html}) on 127.0.0.1, which browsers treat as
 * a secure origin, so the page may use the camera and microphone.
 */
public final class TestPageServer implements AutoCloseable {
    private final HttpServer http;

    private TestPageServer(HttpServer http) {
        this.http = http;
    }

    public static TestPageServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/call.html", exchange -> {
            try (InputStream page = TestPageServer.class.getResourceAsStream("/browser/call.html");
                    OutputStream body = exchange.getResponseBody()) {
                byte[] bytes = page.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                body.write(bytes);
            }
        });
        http.start();
        return new TestPageServer(http);
    }

    /** The call page for one user, joining the call socket {@code path} of {@code server}. */
    public URI callPage(Parley server, String path, long room, String token) {
        return callPage(server, path, room, token, false);
    }

    /** The call page; with {@code seedFrames} it sends seed 000's frames (no {@code to}) and pairs by {@code from}. */
    public URI callPage(Parley server, String path, long room, String token, boolean seedFrames) {
        String socket = server.uri().toString().replaceFirst("^http", "ws") + path + "?access_token=" + token;
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/call.html?room=" + room
                + (seedFrames ? "&frames=seed" : "") + "&socket=" + URLEncoder.encode(socket, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
