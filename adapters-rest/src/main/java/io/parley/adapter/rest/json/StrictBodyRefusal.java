package io.parley.adapter.rest.json;

import io.micronaut.serde.config.naming.PropertyNamingStrategy;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.parley.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a strictly refused body value into Parley's 400: {@code request.invalid_text} for text that is not valid
 * Unicode, {@code request.invalid_field} for a value of the wrong type, naming the field by its JSON path (such as
 * {@code users.id}) and never a Java class.
 */
public final class StrictBodyRefusal {
    private StrictBodyRefusal() {}

    /** The 400 for {@code error} if a strict reader refused a value somewhere in its causes. */
    public static Optional<DomainException> of(Throwable error) {
        List<String> path = new ArrayList<>();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidPropertyFormatException property) {
                String name = PropertyNamingStrategy.SNAKE_CASE.translate(property.getArgument());
                if (path.isEmpty() || !path.get(path.size() - 1).equals(name)) {
                    path.add(name);
                }
            }
            if (cause instanceof StrictValueException strict) {
                String field = path.isEmpty() ? "the body" : String.join(".", path);
                boolean text = strict.refusal().invalidText();
                return Optional.of(DomainException.invalid(
                        text ? "request.invalid_text" : "request.invalid_field",
                        field + " must be " + strict.refusal().expected()));
            }
        }
        return Optional.empty();
    }
}
