package io.parley.application.group;

import io.parley.domain.chat.InviteToken;
import java.security.SecureRandom;
import java.util.Base64;

/** Mints invite tokens: 32 bytes from the platform's strong random source, base64url without padding. */
final class InviteTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteTokens() {}

    static InviteToken next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InviteToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
