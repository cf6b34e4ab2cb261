package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A forwarded copy says what its original author wrote: nobody edits its text (deleting it is still allowed). */
public final class ForwardedMessageNotEditableException extends DomainException {
    public ForwardedMessageNotEditableException(MessageId id) {
        super(
                ErrorKind.CONFLICT,
                "message.forwarded_not_editable",
                "message " + id + " is a forwarded copy; its text cannot be edited");
    }
}
