package io.parley.archfixture.cycle.left;

import io.parley.archfixture.cycle.right.Right;

/** Half of a deliberate package cycle: it needs {@link Right}, which needs it back. */
public final class Left {
    public Right partner() {
        return new Right();
    }
}
