package io.parley.application.limit;

import io.parley.application.port.RateDecision;
import io.parley.application.port.RateLimiter;
import io.parley.application.port.RateRule;
import io.parley.domain.ServiceUnavailableException;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cluster's shared buckets, or this node's own while the shared store is unavailable: limits keep holding (per
 * node, so a client spread over n nodes gets up to n times the limit) instead of failing every limited request or
 * letting everything through. Each switch is logged once.
 */
public final class FailoverRateLimiter implements RateLimiter {
    private static final System.Logger LOG = System.getLogger(FailoverRateLimiter.class.getName());

    private final RateLimiter shared;
    private final RateLimiter local;
    private final AtomicBoolean onLocal = new AtomicBoolean();

    public FailoverRateLimiter(RateLimiter shared, RateLimiter local) {
        this.shared = shared;
        this.local = local;
    }

    @Override
    public RateDecision tryTake(RateRule rule, String key, long amount) {
        try {
            RateDecision decision = shared.tryTake(rule, key, amount);
            backOnShared();
            return decision;
        } catch (ServiceUnavailableException e) {
            toLocal();
            return local.tryTake(rule, key, amount);
        }
    }

    @Override
    public RateDecision peek(RateRule rule, String key, long amount) {
        try {
            RateDecision decision = shared.peek(rule, key, amount);
            backOnShared();
            return decision;
        } catch (ServiceUnavailableException e) {
            toLocal();
            return local.peek(rule, key, amount);
        }
    }

    /** Resets the key's bucket in both stores (the local one is used again at the next outage). */
    @Override
    public void reset(RateRule rule, String key) {
        local.reset(rule, key);
        try {
            shared.reset(rule, key);
        } catch (ServiceUnavailableException e) {
            toLocal();
        }
    }

    private void toLocal() {
        if (onLocal.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "the shared rate-limit buckets are unavailable; limiting with this node's own");
        }
    }

    private void backOnShared() {
        if (onLocal.compareAndSet(true, false)) {
            LOG.log(Level.INFO, "the shared rate-limit buckets are back");
        }
    }
}
