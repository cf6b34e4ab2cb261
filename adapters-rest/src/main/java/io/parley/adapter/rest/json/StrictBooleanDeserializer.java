package io.parley.adapter.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.json.JsonValues;
import jakarta.inject.Singleton;

/** Flags in request bodies, read strictly ({@link JsonValues#bool}). */
@Singleton
@Primary
final class StrictBooleanDeserializer extends StrictDeserializer<Boolean> {
    @Override
    Boolean read(JsonNode node) {
        return JsonValues.bool(node);
    }
}
