package io.parley.application.port;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A concurrent send with the same sender and client_id was stored first; the caller returns that one. */
public final class ClientIdTakenException extends DomainException {
    public ClientIdTakenException() {
        super(ErrorKind.CONFLICT, "message.duplicate_client_id", "a message with this client_id already exists");
    }
}
