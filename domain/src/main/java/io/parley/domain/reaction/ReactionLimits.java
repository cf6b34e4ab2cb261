package io.parley.domain.reaction;

/** How many different emoji a message may carry, and how many of them one user may give to one message. */
public record ReactionLimits(int distinctPerMessage, int perUserPerMessage) {
    public ReactionLimits {
        if (distinctPerMessage < 1 || perUserPerMessage < 1) {
            throw new IllegalArgumentException("reaction limits must be at least 1");
        }
    }
}
