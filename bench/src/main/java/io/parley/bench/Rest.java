package io.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The few REST calls the harness makes: JSON in, JSON out, any status other than 2xx is a failure. */
final class Rest {
    static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final HttpClient client;

    Rest(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    URI base() {
        return base;
    }

    JsonNode post(String path, String token, Object body) {
        try {
            HttpResponse<String> response =
                    client.send(request(path, token, body), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends without waiting; the future completes with the status code and body. */
    CompletableFuture<HttpResponse<String>> postAsync(String path, String token, Object body) {
        return client.sendAsync(request(path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    int get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest request(String path, String token, Object body) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            body instanceof String text ? text : JSON.writeValueAsString(body)));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return builder.build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
