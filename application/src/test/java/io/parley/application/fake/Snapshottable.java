package io.parley.application.fake;

/** A fake store whose writes a {@link TrackingTransactionRunner} can undo when the work in a transaction throws. */
public interface Snapshottable {
    /** Captures the current state; running the returned action puts it back (ids handed out stay used). */
    Runnable snapshot();
}
