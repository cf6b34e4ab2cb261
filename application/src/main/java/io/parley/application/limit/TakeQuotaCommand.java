package io.parley.application.limit;

import io.parley.domain.user.UserId;
import java.util.Objects;

/** Spend {@code amount} of the {@code action}'s quota of {@code subject} (a user or a client address). */
public record TakeQuotaCommand(Limited action, String subject, long amount) {
    public TakeQuotaCommand {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }

    /** One {@code action} of {@code user}. */
    public static TakeQuotaCommand byUser(Limited action, UserId user) {
        return byUser(action, user, 1);
    }

    /** {@code amount} of {@code action} (e.g. bytes) of {@code user}. */
    public static TakeQuotaCommand byUser(Limited action, UserId user, long amount) {
        return new TakeQuotaCommand(action, "user:" + user.value(), amount);
    }

    /** One {@code action} from {@code address}. */
    public static TakeQuotaCommand byAddress(Limited action, String address) {
        return new TakeQuotaCommand(action, "address:" + address, 1);
    }
}
