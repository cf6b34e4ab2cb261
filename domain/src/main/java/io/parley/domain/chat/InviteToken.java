package io.parley.domain.chat;

import java.util.Objects;
import java.util.regex.Pattern;

/** The secret of an invite link: 32 random bytes in base64url (43 characters), unguessable. */
public record InviteToken(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    public InviteToken {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new InviteLinkNotFoundException();
        }
    }

    @Override
    public String toString() {
        return "InviteToken[hidden]";
    }
}
