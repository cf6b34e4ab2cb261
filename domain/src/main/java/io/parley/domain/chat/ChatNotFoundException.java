package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** No such conversation, or the caller is not in it: outsiders cannot tell the two apart. */
public final class ChatNotFoundException extends DomainException {
    public ChatNotFoundException(ChatAddress address) {
        super(
                ErrorKind.NOT_FOUND,
                address.kind() == ChatKind.GROUP ? "group.not_found" : "chat.not_found",
                (address.kind() == ChatKind.GROUP ? "group " : "chat ") + address.id() + " does not exist");
    }
}
