package io.parley.adapter.websocket.netty;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import jakarta.inject.Singleton;

/**
 * Puts a {@link ClosingHandshake}, {@link ProtocolRules}, a {@link MalformedUpgradeUri} and an {@link EarlyFrameKeeper},
 * in this order, into every
 * server connection, just before Micronaut's HTTP handler (where, after an upgrade, WebSocket frames pass between the
 * codec and the socket's handler).
 */
@Singleton
final class EarlyFramePipeline implements BeanCreatedEventListener<ChannelPipelineCustomizer> {
    private final WebSocketSettings settings;

    EarlyFramePipeline(WebSocketSettings settings) {
        this.settings = settings;
    }

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        ChannelPipelineCustomizer customizer = event.getBean();
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(pipeline -> {
                if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
                    pipeline.addBefore(
                            ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND,
                            ClosingHandshake.NAME,
                            new ClosingHandshake(settings.closeTimeout()));
                    pipeline.addAfter(ClosingHandshake.NAME, ProtocolRules.NAME, new ProtocolRules());
                    pipeline.addAfter(ProtocolRules.NAME, MalformedUpgradeUri.NAME, new MalformedUpgradeUri());
                    pipeline.addBefore(
                            ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND,
                            EarlyFrameKeeper.NAME,
                            new EarlyFrameKeeper());
                }
                return pipeline;
            });
        }
        return customizer;
    }
}
