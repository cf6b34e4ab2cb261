package io.parley.bootstrap.support;

import static io.parley.bootstrap.support.MatrixCase.Effect.CHANGES;

import io.parley.bootstrap.support.MatrixCase.Endpoint;
import java.util.Map;

/** The forward rows of the authorization matrix: a send whose {@code forward_from} names a message to copy. */
final class ForwardEndpoints {
    private ForwardEndpoints() {}

    /**
     * Forwards into the fixture's conversation the message of {@code author} there ("missing": an id no message has;
     * "foreign": the first role's message in their private chat elsewhere).
     */
    static Endpoint forward(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages forwarding " + author + "'s message",
                CHANGES,
                (api, f, t) ->
                        api.postJson(f.base() + "/messages", Map.of("forward_from", source(kind, f, author)), t));
    }

    private static Map<String, Object> source(String kind, MatrixCaseFixture f, String author) {
        if ("foreign".equals(author)) {
            return Map.of("chat_id", f.foreignId(), "message_id", f.message("foreign"));
        }
        long message = "missing".equals(author) ? MatrixCaseFixture.MISSING : f.message(author);
        return Map.of("/group".equals(kind) ? "group_id" : "chat_id", f.id(), "message_id", message);
    }
}
