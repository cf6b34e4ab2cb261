package io.parley.bootstrap.auth;

import static io.parley.bootstrap.support.MatrixCase.Effect.CHANGES;
import static io.parley.bootstrap.support.MatrixCase.Effect.NONE;
import static io.parley.bootstrap.support.MatrixCaseTables.CHAT_NOT_FOUND;
import static io.parley.bootstrap.support.MatrixCaseTables.GROUP_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.MatrixCase;
import io.parley.bootstrap.support.MatrixCase.Endpoint;
import io.parley.bootstrap.support.MatrixCaseFixture;
import io.parley.bootstrap.support.TestServer;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every chat, group and message endpoint called by every kind of caller: members get their rights, members without
 * the right get 403, outsiders get the same 404 as for a conversation that does not exist, callers without a token
 * get 401, and no refused call changes anything anyone can see.
 */
class AuthorizationMatrixOverHttpIT {
    private static final String TABLES = "io.parley.bootstrap.support.MatrixCaseTables#";
    private static MatrixCaseFixture sharedGroup;
    private static MatrixCaseFixture sharedChat;

    private final Api api = TestServer.api();

    @ParameterizedTest(name = "{0}")
    @MethodSource(TABLES + "groupMatrix")
    void eachGroupEndpointAnswersOwnerMemberAndOutsiderAsTheRulesSay(MatrixCase cell) {
        check(cell, cell.needsFreshFixture() ? MatrixCaseFixture.group(api) : sharedGroup(api));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TABLES + "privateChatMatrix")
    void eachPrivateChatEndpointAnswersBothMembersAndAnOutsiderAsTheRulesSay(MatrixCase cell) {
        check(cell, cell.needsFreshFixture() ? MatrixCaseFixture.privateChat(api) : sharedChat(api));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TABLES + "groupEndpoints")
    void aGroupThatDoesNotExistGetsTheSame404AsAnOutsider(Endpoint endpoint) {
        MatrixCaseFixture f = sharedGroup(api).at("/api/v1/group/" + MatrixCaseFixture.MISSING);
        check(MatrixCase.of(endpoint, "owner", GROUP_NOT_FOUND), f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TABLES + "privateChatEndpoints")
    void aChatThatDoesNotExistGetsTheSame404AsAnOutsider(Endpoint endpoint) {
        MatrixCaseFixture f = sharedChat(api).at("/api/v1/chat/" + MatrixCaseFixture.MISSING);
        check(MatrixCase.of(endpoint, "a", CHAT_NOT_FOUND), f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TABLES + "groupEndpoints")
    void groupEndpointsDoNotReachAPrivateChatEvenForItsMembers(Endpoint endpoint) {
        MatrixCaseFixture chat = sharedChat(api);
        check(MatrixCase.of(endpoint, "a", GROUP_NOT_FOUND), chat.at("/api/v1/group/" + chat.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(TABLES + "privateChatEndpoints")
    void privateChatEndpointsDoNotReachAGroupEvenForItsOwner(Endpoint endpoint) {
        MatrixCaseFixture group = sharedGroup(api);
        check(MatrixCase.of(endpoint, "owner", CHAT_NOT_FOUND), group.at("/api/v1/chat/" + group.id()));
    }

    @ParameterizedTest(name = "{0} with token {2}")
    @MethodSource(TABLES + "everyEndpointWithBadTokens")
    void withoutAValidTokenEveryEndpointIs401(Endpoint endpoint, boolean group, String token) {
        MatrixCaseFixture f = group ? sharedGroup(api) : sharedChat(api);
        check(new MatrixCase(endpoint, "token " + token, 401, "auth.unauthorized"), f, ignored -> token);
    }

    private void check(MatrixCase cell, MatrixCaseFixture f) {
        check(cell, f, f::token);
    }

    private void check(MatrixCase cell, MatrixCaseFixture f, Function<String, String> tokens) {
        Map<String, Object> before = f.snapshot(api);

        Api.Reply reply = cell.endpoint().call(api, f, tokens.apply(cell.role()));

        assertThat(reply.status()).as(cell + " answered " + reply).isEqualTo(cell.status());
        if (cell.allowed()) {
            assertThat(reply.body()).as(cell + " answered " + reply).doesNotContain("\"error\"");
        } else {
            assertThat(reply.error()).as(cell + " answered " + reply).isEqualTo(cell.error());
            assertThat(reply.string("message")).as(cell + " answered " + reply).isNotBlank();
        }
        Map<String, Object> after = f.snapshot(api);
        if (!cell.allowed() || cell.endpoint().effect() == NONE) {
            assertThat(after).as("what everyone sees after " + cell).isEqualTo(before);
        } else if (cell.endpoint().effect() == CHANGES) {
            assertThat(after).as("what everyone sees after " + cell).isNotEqualTo(before);
        }
    }

    /** One group for all calls that must change nothing; a call that wrongly changes it fails its own case. */
    private static synchronized MatrixCaseFixture sharedGroup(Api api) {
        if (sharedGroup == null) {
            sharedGroup = MatrixCaseFixture.group(api);
        }
        return sharedGroup;
    }

    private static synchronized MatrixCaseFixture sharedChat(Api api) {
        if (sharedChat == null) {
            sharedChat = MatrixCaseFixture.privateChat(api);
        }
        return sharedChat;
    }
}
