package io.parley.bootstrap.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.Parley;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plain JDK HTTP client speaking to a running Parley over the loopback wire. */
public final class Api {
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final JsonMapper json;

    public Api(Parley parley) {
        this(parley.uri(), parley.context().getBean(JsonMapper.class));
    }

    /** A client of the server at {@code base}, e.g. one running in another process. */
    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** A fresh username no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Reply postJson(String path, Object body, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** A JSON POST with extra request headers as name/value pairs (e.g. {@code X-Forwarded-For}). */
    public Reply postJson(String path, Object body, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body)));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    public Reply putJson(String path, Object body, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply patchJson(String path, Object body, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** DELETE with a JSON body, as seed 000's {@code DELETE /group/{id}/delete} takes one. */
    public Reply deleteJson(String path, Object body, String token) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token);
    }

    public Reply post(String path, String contentType, String body, String token) {
        return send(request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply post(String path, String contentType, byte[] body, String token) {
        return send(request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST whose body is sent without a Content-Length, in chunks ({@code Transfer-Encoding: chunked}). */
    public Reply postChunked(String path, String contentType, byte[] body, String token) {
        return send(request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    public Reply send(String method, String path, String token) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A request without a body, with extra request headers as name/value pairs. */
    public Reply send(String method, String path, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** A GET whose body is kept as bytes (downloads), with extra request headers as name/value pairs. */
    public Download download(String path, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token).GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download: status, raw body, headers. */
    public record Download(int status, byte[] body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Registers a new user and returns their session. */
    public Session register(String username, String password) {
        Reply reply = postJson("/api/v1/auth/register", Map.of("username", username, "password", password), null);
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        return new Session(
                ((Number) reply.map("user").get("id")).longValue(),
                reply.string("access_token"),
                reply.string("refresh_token"));
    }

    public Session register() {
        return register(uniqueName("u"), "correct horse battery");
    }

    public Session logIn(String login, String password) {
        Reply reply = postJson("/api/v1/auth/login", Map.of("login", login, "password", password), null);
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        return new Session(0, reply.string("access_token"), reply.string("refresh_token"));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(), response.body(), response.headers().map(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A logged-in user. */
    public record Session(long userId, String accessToken, String refreshToken) {}

    /** An HTTP answer with its JSON body parsed on demand. */
    public record Reply(int status, String body, Map<String, List<String>> headers, JsonMapper mapper) {
        public Map<String, Object> json() {
            try {
                return mapper.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The body as a JSON array of strings. */
        public List<String> strings() {
            try {
                return mapper.readValue(body, Argument.listOf(String.class));
            } catch (IOException e) {
                throw new AssertionError("not a JSON array of strings: " + body, e);
            }
        }

        public String string(String field) {
            return (String) json().get(field);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String field) {
            return (Map<String, Object>) json().get(field);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list(String field) {
            return (List<Map<String, Object>>) json().get(field);
        }

        public String error() {
            return string("error");
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
