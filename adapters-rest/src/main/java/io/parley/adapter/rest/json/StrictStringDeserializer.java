package io.parley.adapter.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.json.JsonValues;
import jakarta.inject.Singleton;

/** Strings in request bodies, read strictly ({@link JsonValues#string}). */
@Singleton
@Primary
final class StrictStringDeserializer extends StrictDeserializer<String> {
    @Override
    String read(JsonNode node) {
        return JsonValues.string(node);
    }
}
