package io.parley.adapter.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.json.JsonValues;
import jakarta.inject.Singleton;

/** Ids and counts in request bodies, read strictly ({@link JsonValues#wholeNumber}). */
@Singleton
@Primary
final class StrictLongDeserializer extends StrictDeserializer<Long> {
    @Override
    Long read(JsonNode node) {
        return JsonValues.wholeNumber(node);
    }
}
