package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A retry whose original message has been deleted since: nothing is sent again. */
public final class RetryOfDeletedMessageException extends DomainException {
    public RetryOfDeletedMessageException(ClientId clientId) {
        super(
                ErrorKind.CONFLICT,
                "message.original_deleted",
                "the message sent with client_id '" + clientId
                        + "' has been deleted; use a new client_id to send again");
    }
}
