package io.parley.adapter.websocket.netty;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import jakarta.inject.Singleton;

/** Puts an {@link EarlyFrameKeeper} into every server connection, just before Micronaut's HTTP handler. */
@Singleton
final class EarlyFramePipeline implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        ChannelPipelineCustomizer customizer = event.getBean();
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(pipeline -> {
                if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
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
