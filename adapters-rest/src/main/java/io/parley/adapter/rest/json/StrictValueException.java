package io.parley.adapter.rest.json;

import io.micronaut.serde.exceptions.InvalidFormatException;
import io.parley.adapter.wire.json.JsonValueRefusedException;

/**
 * A refused value inside a request body. It is an {@link InvalidFormatException} so that Micronaut Serialization wraps
 * it once per enclosing property, which is how {@link StrictBodyRefusal} learns the field's path.
 */
final class StrictValueException extends InvalidFormatException {
    private final transient JsonValueRefusedException refusal;

    StrictValueException(JsonValueRefusedException refusal) {
        super("the value must be " + refusal.expected(), null, null);
        this.refusal = refusal;
    }

    JsonValueRefusedException refusal() {
        return refusal;
    }
}
