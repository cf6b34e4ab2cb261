package io.parley.bootstrap.support;

import static io.parley.bootstrap.support.MatrixCase.Effect.ANY;
import static io.parley.bootstrap.support.MatrixCase.Effect.CHANGES;
import static io.parley.bootstrap.support.MatrixCase.Effect.NONE;

import io.parley.bootstrap.support.MatrixCase.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The authorization matrix as data: every chat, group and message endpoint, and what owner, member and outsider of a
 * group, or the two members and an outsider of a private chat, must get from it.
 */
public final class MatrixCaseTables {
    public static final String GROUP_NOT_FOUND = "404 group.not_found";
    public static final String CHAT_NOT_FOUND = "404 chat.not_found";

    private static final Endpoint GROUP_INFO =
            new Endpoint("GET /group/{id}/info", NONE, (api, f, t) -> api.get(f.base() + "/info", t));
    private static final Endpoint GROUP_USERS =
            new Endpoint("GET /group/{id}/users", NONE, (api, f, t) -> api.get(f.base() + "/users", t));
    private static final Endpoint RENAME = new Endpoint(
            "PUT /group/{id}",
            CHANGES,
            (api, f, t) -> api.putJson(f.base(), Map.of("name", "renamed", "description", "new words"), t));
    private static final Endpoint DELETE_GROUP =
            new Endpoint("DELETE /group/{id}", CHANGES, (api, f, t) -> api.delete(f.base(), t));
    private static final Endpoint ADD = new Endpoint(
            "POST /group/{id}/add a non-member",
            CHANGES,
            (api, f, t) -> api.postJson(f.base() + "/add", users(f.userId("candidate")), t));
    private static final Endpoint ADD_MEMBER = new Endpoint(
            "POST /group/{id}/add a member",
            CHANGES,
            (api, f, t) -> api.postJson(f.base() + "/add", users(f.userId("member")), t));
    private static final Endpoint REMOVE = new Endpoint(
            "DELETE /group/{id}/delete a member",
            CHANGES,
            (api, f, t) -> api.deleteJson(f.base() + "/delete", users(f.userId("extra")), t));
    private static final Endpoint REMOVE_OWNER = new Endpoint(
            "DELETE /group/{id}/delete the owner",
            CHANGES,
            (api, f, t) -> api.deleteJson(f.base() + "/delete", users(f.userId("owner")), t));
    private static final Endpoint REMOVE_STRANGER = new Endpoint(
            "DELETE /group/{id}/delete a non-member",
            CHANGES,
            (api, f, t) -> api.deleteJson(f.base() + "/delete", users(f.userId("candidate")), t));
    private static final Endpoint LEAVE =
            new Endpoint("DELETE /group/{id}/leave", CHANGES, (api, f, t) -> api.delete(f.base() + "/leave", t));
    private static final Endpoint EXIT =
            new Endpoint("POST /group/{id}/exit", CHANGES, (api, f, t) -> api.send("POST", f.base() + "/exit", t));
    private static final Endpoint TRANSFER = new Endpoint(
            "POST /group/{id}/owner to a member",
            CHANGES,
            (api, f, t) -> api.postJson(f.base() + "/owner", Map.of("user_id", f.userId("extra")), t));
    private static final Endpoint TRANSFER_STRANGER = new Endpoint(
            "POST /group/{id}/owner to a non-member",
            CHANGES,
            (api, f, t) -> api.postJson(f.base() + "/owner", Map.of("user_id", f.userId("candidate")), t));
    private static final Endpoint APPOINT = new Endpoint(
            "POST /group/{id}/admins a member",
            CHANGES,
            (api, f, t) -> api.postJson(f.base() + "/admins", Map.of("user_id", f.userId("extra")), t));
    private static final Endpoint APPOINT_STRANGER = new Endpoint(
            "POST /group/{id}/admins a non-member",
            CHANGES,
            (api, f, t) -> api.postJson(f.base() + "/admins", Map.of("user_id", f.userId("candidate")), t));
    /** Dismissing a plain member changes nothing, so an allowed call need not change anything. */
    private static final Endpoint DISMISS = new Endpoint(
            "DELETE /group/{id}/admins/{member}",
            ANY,
            (api, f, t) -> api.delete(f.base() + "/admins/" + f.userId("extra"), t));
    /** Invite links are not part of the snapshot: creating one leaves the group as it was. */
    private static final Endpoint CREATE_INVITE = new Endpoint(
            "POST /group/{id}/invites", ANY, (api, f, t) -> api.postJson(f.base() + "/invites", Map.of(), t));

    private static final Endpoint LIST_INVITES =
            new Endpoint("GET /group/{id}/invites", NONE, (api, f, t) -> api.get(f.base() + "/invites", t));
    private static final Endpoint REVOKE_UNKNOWN_INVITE = new Endpoint(
            "DELETE /group/{id}/invites/{unknown}",
            ANY,
            (api, f, t) -> api.delete(f.base() + "/invites/" + "A".repeat(43), t));
    private static final Endpoint OPEN_GROUP = new Endpoint(
            "PUT /group/{id}/visibility public",
            CHANGES,
            (api, f, t) -> api.putJson(f.base() + "/visibility", Map.of("public", true), t));
    private static final Endpoint JOIN_PRIVATE_GROUP = new Endpoint(
            "POST /group/{id}/join (private)", CHANGES, (api, f, t) -> api.send("POST", f.base() + "/join", t));

    private static final Endpoint CHAT_INFO =
            new Endpoint("GET /chat/{id}/info", NONE, (api, f, t) -> api.get(f.base() + "/info", t));
    private static final Endpoint DELETE_CHAT =
            new Endpoint("DELETE /chat/{id}", CHANGES, (api, f, t) -> api.delete(f.base(), t));

    /** Conversation endpoints that name no existing conversation; they need a token all the same. */
    private static final List<Endpoint> OUTSIDE_ANY_CHAT = List.of(
            new Endpoint("GET /chats", NONE, (api, f, t) -> api.get("/api/v1/chats", t)),
            new Endpoint(
                    "POST /invites/{token}/join",
                    CHANGES,
                    (api, f, t) -> api.send("POST", "/api/v1/invites/" + "A".repeat(43) + "/join", t)),
            new Endpoint("GET /search/messages", NONE, (api, f, t) -> api.get("/api/v1/search/messages?q=hello", t)),
            new Endpoint(
                    "POST /chat/{userId}",
                    CHANGES,
                    (api, f, t) -> api.postJson("/api/v1/chat/" + f.userId("b"), "", t)),
            new Endpoint(
                    "POST /group",
                    CHANGES,
                    (api, f, t) -> api.postJson(
                            "/api/v1/group",
                            Map.of("name", "sneaky", "users", List.of(Map.of("id", f.userId("a")))),
                            t)),
            new Endpoint(
                    "POST /direct/{userId}/messages",
                    CHANGES,
                    (api, f, t) ->
                            api.postJson("/api/v1/direct/" + f.userId("a") + "/messages", Map.of("text", "psst"), t)));

    /** The callers of each table: first author, second author, outsider. */
    private static final List<String> CHAT_ROLES = List.of("a", "b", "outsider");

    private static final List<String> GROUP_ROLES = List.of("owner", "member", "outsider");

    public static Stream<MatrixCase> groupMatrix() {
        String notOwner = "403 group.not_owner";
        List<MatrixCase> cases = new ArrayList<>();
        row(cases, GROUP_ROLES, GROUP_INFO, "200", "200", GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, GROUP_USERS, "200", "200", GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, RENAME, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, DELETE_GROUP, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, ADD, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, ADD_MEMBER, "409 group.already_member", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, REMOVE, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, REMOVE_OWNER, "409 group.owner_not_removable", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, REMOVE_STRANGER, "409 group.not_member", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, LEAVE, "200", "200", GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, EXIT, "200", "200", GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, TRANSFER, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, TRANSFER_STRANGER, "409 group.not_member", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, APPOINT, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, APPOINT_STRANGER, "409 group.not_member", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, DISMISS, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, CREATE_INVITE, "201", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, LIST_INVITES, "200", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, REVOKE_UNKNOWN_INVITE, "404 invite.not_found", notOwner, GROUP_NOT_FOUND);
        row(cases, GROUP_ROLES, OPEN_GROUP, "200", notOwner, GROUP_NOT_FOUND);
        row(
                cases,
                GROUP_ROLES,
                JOIN_PRIVATE_GROUP,
                "409 group.already_member",
                "409 group.already_member",
                GROUP_NOT_FOUND);
        messageRows(cases, GROUP_ROLES, "/group", GROUP_NOT_FOUND, true);
        return cases.stream();
    }

    public static Stream<MatrixCase> privateChatMatrix() {
        List<MatrixCase> cases = new ArrayList<>();
        row(cases, CHAT_ROLES, CHAT_INFO, "200", "200", CHAT_NOT_FOUND);
        row(cases, CHAT_ROLES, DELETE_CHAT, "200", "200", CHAT_NOT_FOUND);
        messageRows(cases, CHAT_ROLES, "/chat", CHAT_NOT_FOUND, false);
        return cases.stream();
    }

    /** The message endpoints; roles are (author of the first message, author of the second, outsider). */
    private static void messageRows(
            List<MatrixCase> cases, List<String> roles, String kind, String notFound, boolean groupOwnerMayDelete) {
        String first = roles.get(0);
        String second = roles.get(1);
        String notAuthor = "403 message.not_author";
        String deleteForbidden = "403 message.delete_forbidden";
        String noMessage = "404 message.not_found";
        row(cases, roles, history(kind), "200", "200", notFound);
        row(cases, roles, search(kind), "200", "200", notFound);
        row(cases, roles, send(kind), "201", "201", notFound);
        row(cases, roles, edit(kind, first), "200", notAuthor, notFound);
        row(cases, roles, edit(kind, second), notAuthor, "200", notFound);
        row(cases, roles, edit(kind, "missing"), noMessage, noMessage, notFound);
        row(cases, roles, edit(kind, "foreign"), noMessage, noMessage, notFound);
        row(cases, roles, deleteMessage(kind, first), "200", deleteForbidden, notFound);
        row(cases, roles, deleteMessage(kind, second), groupOwnerMayDelete ? "200" : deleteForbidden, "200", notFound);
        row(cases, roles, deleteMessage(kind, "missing"), noMessage, noMessage, notFound);
        row(cases, roles, deleteMessage(kind, "foreign"), noMessage, noMessage, notFound);
        row(cases, roles, read(kind, second), "200", "200", notFound);
        row(cases, roles, read(kind, "foreign"), noMessage, noMessage, notFound);
        row(cases, roles, unread(kind, second), "200", "200", notFound);
        row(cases, roles, unread(kind, "foreign"), noMessage, noMessage, notFound);
        row(cases, roles, settings(kind), "200", "200", notFound);
        String noReplyTarget = "400 message.reply_to_unknown";
        row(cases, roles, reply(kind, second), "201", "201", notFound);
        row(cases, roles, reply(kind, "foreign"), noReplyTarget, noReplyTarget, notFound);
        row(cases, roles, react(kind, first), "200", "200", notFound);
        row(cases, roles, react(kind, "missing"), noMessage, noMessage, notFound);
        row(cases, roles, react(kind, "foreign"), noMessage, noMessage, notFound);
        row(cases, roles, unreact(kind, first), "200", "200", notFound);
        String pinner = groupOwnerMayDelete ? "403 group.not_owner" : "200";
        row(cases, roles, pin(kind, second), "200", pinner, notFound);
        row(cases, roles, pin(kind, "missing"), noMessage, noMessage, notFound);
        row(cases, roles, pin(kind, "foreign"), noMessage, noMessage, notFound);
        row(cases, roles, unpin(kind, first), "200", pinner, notFound);
        row(cases, roles, pins(kind), "200", "200", notFound);
        String noMention = "400 message.invalid_mentions";
        row(cases, roles, mention(kind, second), "201", "201", notFound);
        row(cases, roles, mention(kind, "candidate"), noMention, noMention, notFound);
        String mentionAll = groupOwnerMayDelete ? "201" : "403 message.mention_all_forbidden";
        row(cases, roles, mentionAll(kind), mentionAll, "403 message.mention_all_forbidden", notFound);
        row(cases, roles, ForwardEndpoints.forward(kind, second), "201", "201", notFound);
        row(cases, roles, ForwardEndpoints.forward(kind, "missing"), noMessage, noMessage, notFound);
        // the other conversation is the first role's: only they may forward from it; for anyone else it does not exist
        row(cases, roles, ForwardEndpoints.forward(kind, "foreign"), "201", noMessage, notFound);
        ThreadEndpoints.rows(cases, roles, kind, first, notFound);
    }

    private static Endpoint pin(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages/{" + author + "'s message}/pin",
                CHANGES,
                (api, f, t) -> api.send("POST", f.base() + "/messages/" + messageOf(f, author) + "/pin", t));
    }

    /** Unpinning a message that is not pinned changes nothing, so an allowed unpin need not change anything. */
    private static Endpoint unpin(String kind, String author) {
        return new Endpoint(
                "DELETE " + kind + "/{id}/messages/{" + author + "'s message}/pin",
                ANY,
                (api, f, t) -> api.delete(f.base() + "/messages/" + messageOf(f, author) + "/pin", t));
    }

    private static Endpoint pins(String kind) {
        return new Endpoint("GET " + kind + "/{id}/pins", NONE, (api, f, t) -> api.get(f.base() + "/pins", t));
    }

    private static Endpoint mention(String kind, String who) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages mentioning " + who,
                CHANGES,
                (api, f, t) -> api.postJson(
                        f.base() + "/messages", Map.of("text", "hey", "mentions", List.of(f.userId(who))), t));
    }

    private static Endpoint mentionAll(String kind) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages mentioning everyone",
                CHANGES,
                (api, f, t) -> api.postJson(f.base() + "/messages", Map.of("text", "all", "mention_all", true), t));
    }

    private static void row(List<MatrixCase> cases, List<String> roles, Endpoint endpoint, String... expected) {
        for (int i = 0; i < roles.size(); i++) {
            cases.add(MatrixCase.of(endpoint, roles.get(i), expected[i]));
        }
    }

    private static Endpoint history(String kind) {
        return new Endpoint(
                "GET " + kind + "/{id}/messages", NONE, (api, f, t) -> api.get(f.base() + "/messages?limit=200", t));
    }

    private static Endpoint search(String kind) {
        return new Endpoint(
                "GET " + kind + "/{id}/search", NONE, (api, f, t) -> api.get(f.base() + "/search?q=hello", t));
    }

    private static Endpoint send(String kind) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages",
                CHANGES,
                (api, f, t) -> api.postJson(f.base() + "/messages", Map.of("text", "hello"), t));
    }

    private static Endpoint edit(String kind, String author) {
        return new Endpoint(
                "PATCH " + kind + "/{id}/messages/{" + author + "'s message}",
                CHANGES,
                (api, f, t) ->
                        api.patchJson(f.base() + "/messages/" + messageOf(f, author), Map.of("text", "changed"), t));
    }

    private static Endpoint deleteMessage(String kind, String author) {
        return new Endpoint(
                "DELETE " + kind + "/{id}/messages/{" + author + "'s message}",
                CHANGES,
                (api, f, t) -> api.delete(f.base() + "/messages/" + messageOf(f, author), t));
    }

    private static Endpoint reply(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages replying to " + author + "'s message",
                CHANGES,
                (api, f, t) -> api.postJson(
                        f.base() + "/messages", Map.of("text", "re", "reply_to", messageOf(f, author)), t));
    }

    private static Endpoint react(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/messages/{" + author + "'s message}/reactions",
                CHANGES,
                (api, f, t) -> api.postJson(
                        f.base() + "/messages/" + messageOf(f, author) + "/reactions", Map.of("emoji", ":tada:"), t));
    }

    /** Removing a reaction nobody gave changes nothing, so an allowed removal need not change anything. */
    private static Endpoint unreact(String kind, String author) {
        return new Endpoint(
                "DELETE " + kind + "/{id}/messages/{" + author + "'s message}/reactions/{emoji}",
                ANY,
                (api, f, t) -> api.delete(f.base() + "/messages/" + messageOf(f, author) + "/reactions/:tada:", t));
    }

    /** A read pointer already at the message stays put, so an allowed read need not change anything. */
    private static Endpoint read(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/read up to " + author + "'s message",
                ANY,
                (api, f, t) -> api.postJson(f.base() + "/read", Map.of("message_id", messageOf(f, author)), t));
    }

    /** Marking unread moves only the caller's own pointer, which nobody else sees. */
    private static Endpoint unread(String kind, String author) {
        return new Endpoint(
                "POST " + kind + "/{id}/unread from " + author + "'s message",
                ANY,
                (api, f, t) -> api.postJson(f.base() + "/unread", Map.of("message_id", messageOf(f, author)), t));
    }

    /** A member's own chat settings are theirs alone and not in the shared snapshot; a repeat changes nothing. */
    private static Endpoint settings(String kind) {
        return new Endpoint(
                "PUT " + kind + "/{id}/settings",
                ANY,
                (api, f, t) ->
                        api.putJson(f.base() + "/settings", Map.of("muted_until", "forever", "archived", true), t));
    }

    private static long messageOf(MatrixCaseFixture f, String author) {
        return "missing".equals(author) ? MatrixCaseFixture.MISSING : f.message(author);
    }

    /** Seed 000's {@code {"users": [{"id": …}]}}. */
    private static Map<String, Object> users(long id) {
        return Map.of("users", List.of(Map.of("id", id)));
    }

    private static Stream<Endpoint> endpoints(Stream<MatrixCase> matrix) {
        return matrix.map(MatrixCase::endpoint).distinct();
    }

    public static Stream<Endpoint> groupEndpoints() {
        return endpoints(groupMatrix());
    }

    public static Stream<Endpoint> privateChatEndpoints() {
        return endpoints(privateChatMatrix());
    }

    public static Stream<Arguments> everyEndpointWithBadTokens() {
        return Stream.of(
                        groupEndpoints().map(e -> Arguments.of(e, true)),
                        privateChatEndpoints().map(e -> Arguments.of(e, false)),
                        OUTSIDE_ANY_CHAT.stream().map(e -> Arguments.of(e, false)))
                .flatMap(Function.identity())
                .flatMap(a -> Stream.of(
                        Arguments.of(a.get()[0], a.get()[1], null),
                        Arguments.of(a.get()[0], a.get()[1], "not-a-token")));
    }

    private MatrixCaseTables() {}
}
