package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The sender already used this client_id for a message in another conversation: not a retry of this send. */
public final class ClientIdReusedException extends DomainException {
    public ClientIdReusedException(ClientId clientId) {
        super(
                ErrorKind.CONFLICT,
                "message.client_id_reused",
                "client_id '" + clientId + "' was already used for a message in another chat");
    }
}
