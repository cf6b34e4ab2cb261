package io.parley.archfixture.cycle.right;

import io.parley.archfixture.cycle.left.Left;

/** The other half of the deliberate package cycle. */
public final class Right {
    public Left partner() {
        return new Left();
    }
}
