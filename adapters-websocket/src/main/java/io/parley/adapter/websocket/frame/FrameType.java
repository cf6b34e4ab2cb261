package io.parley.adapter.websocket.frame;

/** The envelope types of server frames. */
public enum FrameType {
    MESSAGE("message"),
    STATUS("status"),
    NOTIFICATION("notification"),
    HISTORY("history"),
    ACK("ack"),
    ERROR("error"),
    GAP("gap");

    private final String wire;

    FrameType(String wire) {
        this.wire = wire;
    }

    /** The {@code type} of the envelope on the wire. */
    public String wire() {
        return wire;
    }
}
