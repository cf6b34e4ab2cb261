package io.parley.application.limit;

import io.parley.application.port.RateDecision;
import io.parley.application.port.RateLimiter;
import io.parley.application.port.RateRule;
import java.util.EnumMap;
import java.util.Map;

/** Takes quotas from the rate limiter under the configured rule of each action. */
public final class TakeQuotaService implements TakeQuotaUseCase {
    private final RateLimiter limiter;
    private final Map<Limited, RateRule> rules;

    /** {@code rules} must name a rule for every {@link Limited} action. */
    public TakeQuotaService(RateLimiter limiter, Map<Limited, RateRule> rules) {
        this.limiter = limiter;
        this.rules = new EnumMap<>(rules);
        for (Limited action : Limited.values()) {
            if (!this.rules.containsKey(action)) {
                throw new IllegalArgumentException("no rate rule for " + action);
            }
        }
    }

    @Override
    public void take(TakeQuotaCommand command) {
        RateDecision decision = limiter.tryTake(rules.get(command.action()), command.subject(), command.amount());
        if (!decision.taken()) {
            throw new QuotaExceededException(command.action(), decision);
        }
    }
}
