package io.parley.bench;

/**
 * Reads the groupchat messages the ejabberd peer delivers into the harness's {@link Deliveries} bookkeeping, so both
 * servers are judged by the same counts: the body carries the message's key and scheduled time as Parley's text does,
 * the room's name ({@code <prefix><group index>@<muc host>}) names the group, and the room archive's stanza id (rising
 * per room) takes the place of Parley's seq. The sender's own echo from the room is its ack, and a delivery to it.
 */
final class XmppRooms {
    private static final String BODY = "<body>b|";
    private static final String STANZA_ID = "<stanza-id";

    private final String prefix;

    /** {@code prefix}: the rooms' names before their group index, e.g. {@code r1a2b_}. */
    XmppRooms(String prefix) {
        this.prefix = prefix;
    }

    String room(int group, String mucHost) {
        return prefix + group + "@" + mucHost;
    }

    void message(int receiver, String xml, long arrivedNanos, Deliveries deliveries) {
        if (XmppSocket.hasAttribute(xml, "type", "error")) {
            int id = xml.indexOf(" id='b");
            String condition = condition(xml);
            if (id >= 0) {
                deliveries.refused(Deliveries.parseLong(xml, id + " id='b".length()), condition);
            } else {
                deliveries.error(condition);
            }
            return;
        }
        int body = xml.indexOf(BODY);
        if (body < 0 || !XmppSocket.hasAttribute(xml, "type", "groupchat")) {
            return;
        }
        long key = Deliveries.parseLong(xml, body + BODY.length());
        int from = xml.indexOf(" from='" + prefix);
        long group = from < 0 ? -1 : Deliveries.parseLong(xml, from + " from='".length() + prefix.length());
        long seq = -1;
        int stanzaId = xml.indexOf(STANZA_ID);
        if (stanzaId >= 0) {
            int id = xml.indexOf(" id='", stanzaId);
            seq = id < 0 ? -1 : Deliveries.parseLong(xml, id + " id='".length());
        }
        if ((int) (key >>> 32) == receiver) {
            deliveries.acked(key, arrivedNanos);
        }
        deliveries.delivered(receiver, key, group, seq, arrivedNanos);
    }

    /** The defined condition of an error stanza, e.g. {@code xmpp resource-constraint}. */
    private static String condition(String xml) {
        int ns = xml.indexOf("urn:ietf:params:xml:ns:xmpp-stanzas");
        int open = ns < 0 ? -1 : xml.lastIndexOf('<', ns);
        if (open < 0) {
            return "xmpp error";
        }
        int end = open + 1;
        while (end < xml.length() && xml.charAt(end) != ' ' && xml.charAt(end) != '/' && xml.charAt(end) != '>') {
            end++;
        }
        return "xmpp " + xml.substring(open + 1, end);
    }
}
