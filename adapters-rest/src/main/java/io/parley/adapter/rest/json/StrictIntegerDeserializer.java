package io.parley.adapter.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.json.JsonValues;
import jakarta.inject.Singleton;

/** Small counts in request bodies, read strictly ({@link JsonValues#smallWholeNumber}). */
@Singleton
@Primary
final class StrictIntegerDeserializer extends StrictDeserializer<Integer> {
    @Override
    Integer read(JsonNode node) {
        return JsonValues.smallWholeNumber(node);
    }
}
