package io.parley.archfixture.adapter.quiet;

/** The adapter the deliberately wrong one reaches into. */
public final class QuietAdapter {
    public String answer() {
        return "hello";
    }
}
