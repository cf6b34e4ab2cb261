package io.parley.bootstrap.call;

/** Seed 000's call frames ("Типы сообщений WebRTC"), character for character but for the room id. */
final class SeedFrames {
    private SeedFrames() {}

    static String join(long room) {
        return inRoom("""
                {
                  "type": "join",
                  "roomId": 1,
                  "sessionId": "unique-session-id"
                }""", room);
    }

    static String offer(long room) {
        return inRoom("""
                {
                  "type": "offer",
                  "payload": {
                    "type": "offer",
                    "sdp": "v=0\\r\\no=- 1234567890 1234567890 IN IP4 127.0.0.1\\r\\n..."
                  },
                  "roomId": 1,
                  "sessionId": "unique-session-id"
                }""", room);
    }

    static String answer(long room) {
        return inRoom("""
                {
                  "type": "answer",
                  "payload": {
                    "type": "answer",
                    "sdp": "v=0\\r\\no=- 1234567890 1234567890 IN IP4 127.0.0.1\\r\\n..."
                  },
                  "roomId": 1,
                  "sessionId": "unique-session-id"
                }""", room);
    }

    static String ice(long room) {
        return inRoom("""
                {
                  "type": "ice",
                  "payload": {
                    "candidate": "candidate:1 1 UDP 2113667326 192.168.1.100 54400 typ host",
                    "sdpMLineIndex": 0,
                    "sdpMid": "0"
                  },
                  "roomId": 1,
                  "sessionId": "unique-session-id"
                }""", room);
    }

    static String leave(long room) {
        return inRoom("""
                {
                  "type": "leave",
                  "roomId": 1,
                  "sessionId": "unique-session-id"
                }""", room);
    }

    private static String inRoom(String frame, long room) {
        return frame.replace("\"roomId\": 1,", "\"roomId\": " + room + ",");
    }
}
