package io.parley.bootstrap.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation with its cast for the authorization matrix: fresh users, two messages, and a message of the same
 * author in another conversation. Calls go to {@link #base()}, which {@link #at} can point elsewhere; the snapshot
 * always reads the fixture's own conversation.
 */
public final class MatrixCaseFixture {
    /** No conversation or message has this id. */
    public static final long MISSING = Long.MAX_VALUE - 7;

    private final String home;
    private final String base;
    private final boolean group;
    private final Map<String, Api.Session> people;
    private final Map<String, Long> messages;
    private final String foreign;

    private MatrixCaseFixture(
            String home,
            String base,
            boolean group,
            Map<String, Api.Session> people,
            Map<String, Long> messages,
            String foreign) {
        this.home = home;
        this.base = base;
        this.group = group;
        this.people = people;
        this.messages = messages;
        this.foreign = foreign;
    }

    /**
     * A group of owner, member and extra with one message each from owner and member; outsider and candidate are in
     * no group; "a"/"b" name owner/member so private-chat endpoints can be aimed at the group.
     */
    public static MatrixCaseFixture group(Api api) {
        Chats chats = new Chats(api);
        Map<String, Api.Session> people = new LinkedHashMap<>();
        for (String role : List.of("owner", "member", "extra", "outsider", "candidate")) {
            people.put(role, api.register());
        }
        long id =
                chats.group(people.get("owner"), Api.uniqueName("matrix "), people.get("member"), people.get("extra"));
        String home = "/api/v1/group/" + id;
        Map<String, Long> messages = new LinkedHashMap<>();
        messages.put("owner", Chats.id(chats.send(people.get("owner"), home, "from the owner")));
        messages.put("member", Chats.id(chats.send(people.get("member"), home, "from a member")));
        String foreign = "/api/v1/chat/" + chats.open(people.get("owner"), people.get("candidate"));
        messages.put("foreign", Chats.id(chats.send(people.get("owner"), foreign, "the owner elsewhere")));
        alias(people, messages, "a", "owner");
        alias(people, messages, "b", "member");
        return new MatrixCaseFixture(home, home, true, people, messages, foreign);
    }

    /**
     * A private chat of a and b with one message each; the outsider is not in it; "owner"/"member"/"extra"/
     * "candidate" name a/b/b/outsider so group endpoints can be aimed at the chat.
     */
    public static MatrixCaseFixture privateChat(Api api) {
        Chats chats = new Chats(api);
        Map<String, Api.Session> people = new LinkedHashMap<>();
        for (String role : List.of("a", "b", "outsider")) {
            people.put(role, api.register());
        }
        String home = "/api/v1/chat/" + chats.open(people.get("a"), people.get("b"));
        Map<String, Long> messages = new LinkedHashMap<>();
        messages.put("a", Chats.id(chats.send(people.get("a"), home, "from a")));
        messages.put("b", Chats.id(chats.send(people.get("b"), home, "from b")));
        String foreign = "/api/v1/chat/" + chats.open(people.get("a"), people.get("outsider"));
        messages.put("foreign", Chats.id(chats.send(people.get("a"), foreign, "a elsewhere")));
        alias(people, messages, "owner", "a");
        alias(people, messages, "member", "b");
        people.put("extra", people.get("b"));
        people.put("candidate", people.get("outsider"));
        return new MatrixCaseFixture(home, home, false, people, messages, foreign);
    }

    private static void alias(Map<String, Api.Session> people, Map<String, Long> messages, String alias, String role) {
        people.put(alias, people.get(role));
        messages.put(alias, messages.get(role));
    }

    /** The same cast and messages, with calls sent to another conversation path. */
    public MatrixCaseFixture at(String otherBase) {
        return new MatrixCaseFixture(home, otherBase, group, people, messages, foreign);
    }

    /** Where calls go, e.g. {@code /api/v1/group/7}. */
    public String base() {
        return base;
    }

    /** The numeric id in {@link #base()}. */
    public long id() {
        return Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
    }

    /** The id of the other conversation (a private chat of the first role) the calls must not reach. */
    public long foreignId() {
        return Long.parseLong(foreign.substring(foreign.lastIndexOf('/') + 1));
    }

    public String token(String role) {
        return user(role).accessToken();
    }

    public Api.Session user(String role) {
        Api.Session session = people.get(role);
        if (session == null) {
            throw new IllegalArgumentException("no " + role + " in this fixture");
        }
        return session;
    }

    public long userId(String role) {
        return user(role).userId();
    }

    /** The message written by {@code author} ("foreign": the same author's message in another conversation). */
    public long message(String author) {
        Long id = messages.get(author);
        if (id == null) {
            throw new IllegalArgumentException("no message of " + author + " in this fixture");
        }
        return id;
    }

    /**
     * Everything each of the cast can see of the fixture's conversation: info, members, full history (with its
     * caller-independent {@code read} flags), their whole chat list (unread counts, i.e. read pointers), and the
     * history of the other conversation the calls must not reach.
     */
    public Map<String, Object> snapshot(Api api) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (Map.Entry<String, Api.Session> person : distinctPeople().entrySet()) {
            String who = person.getKey();
            String token = person.getValue().accessToken();
            state.put(who + " info", seen(api.get(home + "/info", token)));
            if (group) {
                state.put(who + " users", seen(api.get(home + "/users", token)));
            }
            state.put(who + " history", seen(api.get(home + "/messages?limit=200", token)));
            state.put(who + " chat list", seen(api.get("/api/v1/chats?limit=200", token)));
        }
        Api.Session foreignAuthor = group ? user("owner") : user("a");
        state.put("other conversation", seen(api.get(foreign + "/messages?limit=200", foreignAuthor.accessToken())));
        return state;
    }

    /** Each person once, under the first role name they were given. */
    private Map<String, Api.Session> distinctPeople() {
        Map<String, Api.Session> distinct = new LinkedHashMap<>();
        List<Long> seen = new ArrayList<>();
        people.forEach((role, session) -> {
            if (!seen.contains(session.userId())) {
                seen.add(session.userId());
                distinct.put(role, session);
            }
        });
        return distinct;
    }

    private static Object seen(Api.Reply reply) {
        return reply.status() == 200 ? reply.json() : reply.status() + " " + reply.error();
    }

    @Override
    public String toString() {
        return base;
    }
}
