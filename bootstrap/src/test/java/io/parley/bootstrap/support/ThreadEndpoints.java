package io.parley.bootstrap.support;

import static io.parley.bootstrap.support.MatrixCase.Effect.ANY;
import static io.parley.bootstrap.support.MatrixCase.Effect.CHANGES;
import static io.parley.bootstrap.support.MatrixCase.Effect.NONE;

import io.parley.bootstrap.support.MatrixCase.Endpoint;
import java.util.List;
import java.util.Map;

/**
 * The thread rows of the authorization matrix: a reply naming a {@code thread_root}, a thread's history, the list of
 * one's threads and a thread's read pointer.
 */
final class ThreadEndpoints {
    private ThreadEndpoints() {}

    /** The rows for a conversation of {@code kind}; {@code notFound} is what outsiders get. */
    static void rows(List<MatrixCase> cases, List<String> roles, String kind, String first, String notFound) {
        String noRoot = "400 message.thread_root_unknown";
        String noMessage = "404 message.not_found";
        add(cases, roles, reply(kind, first), "201", "201", notFound);
        add(cases, roles, reply(kind, "missing"), noRoot, noRoot, notFound);
        add(cases, roles, reply(kind, "foreign"), noRoot, noRoot, notFound);
        add(cases, roles, history(kind, first), "200", "200", notFound);
        add(cases, roles, history(kind, "foreign"), noMessage, noMessage, notFound);
        add(cases, roles, threads(kind), "200", "200", notFound);
        add(cases, roles, read(kind, first), "200", "200", notFound);
        add(cases, roles, read(kind, "missing"), noMessage, noMessage, notFound);
    }

    private static Endpoint reply(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages in the thread of " + author + "'s message",
                CHANGES,
                (api, f, t) -> api.postJson(
                        f.base() + "/messages", Map.of("text", "in thread", "thread_root", messageOf(f, author)), t));
    }

    private static Endpoint history(String kind, String author) {
        return new Endpoint(
                "GET " + kind + "/{id}/threads/{" + author + "'s message}/messages",
                NONE,
                (api, f, t) -> api.get(f.base() + "/threads/" + messageOf(f, author) + "/messages", t));
    }

    private static Endpoint threads(String kind) {
        return new Endpoint("GET " + kind + "/{id}/threads", NONE, (api, f, t) -> api.get(f.base() + "/threads", t));
    }

    /** A thread's read pointer is the caller's alone and not in the shared snapshot. */
    private static Endpoint read(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/threads/{" + author + "'s message}/read",
                ANY,
                (api, f, t) -> api.postJson(f.base() + "/threads/" + messageOf(f, author) + "/read", Map.of(), t));
    }

    private static long messageOf(MatrixCaseFixture f, String author) {
        return "missing".equals(author) ? MatrixCaseFixture.MISSING : f.message(author);
    }

    private static void add(List<MatrixCase> cases, List<String> roles, Endpoint endpoint, String... expected) {
        for (int i = 0; i < roles.size(); i++) {
            cases.add(MatrixCase.of(endpoint, roles.get(i), expected[i]));
        }
    }
}
