package io.parley.bootstrap;

import java.util.List;

/** The running test server and its HTTP client, for the benchmarks in {@code io.parley.bootstrap.bench}. */
public final class BenchmarkAccess {
    private final Api api;
    private final Chats chats;

    private BenchmarkAccess(Api api) {
        this.api = api;
        this.chats = new Chats(api);
    }

    public static BenchmarkAccess start() {
        return new BenchmarkAccess(TestServer.api());
    }

    /** A registered user. */
    public record User(Api.Session session) {
    }

    public User newUser() {
        return new User(api.register());
    }

    public long openChat(User one, User other) {
        return chats.open(one.session(), other.session());
    }

    public long group(User owner, List<User> members) {
        return chats.group(owner.session(), "bench", members.stream().map(User::session).toArray(Api.Session[]::new));
    }

    /** Sends a message and fails unless it was stored. */
    public void send(User who, String conversation, String text) {
        chats.send(who.session(), conversation, text);
    }

    /** A GET that must answer 200. */
    public void get(User who, String path) {
        Api.Reply reply = api.get(path, who.session().accessToken());
        if (reply.status() != 200) {
            throw new AssertionError(path + " answered " + reply);
        }
    }
}
