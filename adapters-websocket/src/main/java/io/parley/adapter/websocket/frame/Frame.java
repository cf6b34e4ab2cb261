package io.parley.adapter.websocket.frame;

/**
 * One encoded server frame; {@code droppable} frames (typing indicators) are the first a slow socket loses.
 */
public record Frame(String text, boolean droppable) {

    /** The frame's weight against a socket's outbound limit: its length in characters. */
    public int weight() {
        return text.length();
    }
}
