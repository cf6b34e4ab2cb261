package io.parley.adapter.rest.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.parley.adapter.wire.json.JsonValueRefusedException;
import java.io.IOException;

/**
 * A request-body value read through {@link io.parley.adapter.wire.json.JsonValues}, the strict reading the sockets use,
 * instead of Micronaut Serialization's coercing one (which reads {@code 123} as the text "123" and {@code 2.9} as the
 * id 2). See ADR 0007, "Strict JSON types in request bodies".
 */
abstract class StrictDeserializer<T> implements Deserializer<T> {

    @Override
    public final T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
        JsonNode value = decoder.decodeNode();
        try {
            return read(value);
        } catch (JsonValueRefusedException refused) {
            throw new StrictValueException(refused);
        }
    }

    /** The value {@code node} holds; throws {@link JsonValueRefusedException} for any other shape. */
    abstract T read(JsonNode node);
}
