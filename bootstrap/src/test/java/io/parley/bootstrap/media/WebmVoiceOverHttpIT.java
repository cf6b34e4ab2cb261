package io.parley.bootstrap.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WebmFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browsers record voice notes as WebM/Opus: an audio-only WebM is audio, one with a video track stays a video. */
class WebmVoiceOverHttpIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);

    private Api.Reply upload(Api.Session who, String path, String part, String filename, byte[] content) {
        Multipart form = new Multipart().file(part, filename, "video/webm", content);
        return api.post(path, form.contentType(), form.bytes(), who.accessToken());
    }

    @Test
    void anAudioOnlyWebmIsTakenAsAVoiceMessageAndAnAudioFileAsAudioWebm() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String group = "/api/v1/group/" + chats.group(alice, "Voice notes", bob);
        byte[] voiceNote = WebmFixtures.webm(false);

        Api.Reply voice = upload(alice, group + "/message/audio", "audio", "voice.webm", voiceNote);
        Api.Reply audio = upload(alice, group + "/audio", "audio", "note.weba", voiceNote);
        Api.Reply unnamed = upload(alice, group + "/audio", "audio", "", voiceNote);

        assertThat(voice.status()).as(voice.toString()).isEqualTo(200);
        assertThat(audio.status()).as(audio.toString()).isEqualTo(200);
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(200);
        Api.Download played = api.download("/api/v1" + voice.string("url"), bob.accessToken());
        assertThat(played.header("Content-Type")).startsWith("audio/webm");
        assertThat(played.body()).isEqualTo(voiceNote);
        Api.Reply sent = api.postJson(
                group + "/messages",
                Map.of("type", "audio_message", "audio_message_url", voice.string("url")),
                alice.accessToken());
        assertThat(sent.json()).containsEntry("file_mime", "audio/webm").containsEntry("file_type", "audio");
        assertThat(api.get(group + "/files", bob.accessToken()).list("files"))
                .extracting(f -> f.get("file_mime"))
                .containsOnly("audio/webm");
    }

    @Test
    void aWebmWithAVideoTrackIsAVideoAndNotAVoiceMessage() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        byte[] withVideo = WebmFixtures.webm(true);

        Api.Reply asVoice = upload(alice, chat + "/message/audio", "audio", "clip.webm", withVideo);
        Api.Reply asVideo = upload(alice, chat + "/video", "videos", "clip.webm", withVideo);
        Api.Reply audioAsVideo = upload(alice, chat + "/video", "videos", "voice.webm", WebmFixtures.webm(false));

        assertThat(asVoice.status()).isEqualTo(415);
        assertThat(asVoice.error()).isEqualTo("media.unsupported_type");
        assertThat(asVideo.status()).as(asVideo.toString()).isEqualTo(200);
        assertThat(audioAsVideo.status()).isEqualTo(415);
        List<Map<String, Object>> files =
                api.get(chat + "/files", bob.accessToken()).list("files");
        assertThat(files).extracting(f -> f.get("file_mime")).containsExactly("video/webm");
    }
}
