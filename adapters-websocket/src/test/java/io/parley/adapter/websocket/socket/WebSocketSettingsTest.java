package io.parley.adapter.websocket.socket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings that cannot work are refused at startup with the property's name. */
class WebSocketSettingsTest {
    @Test
    void noWriterThreadsIsRefused() {
        assertThatThrownBy(() -> new WebSocketSettings(
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(75),
                        4_194_304,
                        Duration.ofSeconds(6),
                        Duration.ofSeconds(1),
                        1024,
                        Duration.ofSeconds(2),
                        0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parley.websocket.writer-threads");
    }
}
