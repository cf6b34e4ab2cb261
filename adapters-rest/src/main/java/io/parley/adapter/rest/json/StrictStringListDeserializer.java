package io.parley.adapter.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.json.JsonValues;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Lists of strings in request bodies, read strictly: Micronaut Serialization reads {@code List<String>} through a fast
 * path of its own that coerces each entry, so the string deserializer alone does not cover them.
 */
@Singleton
@Primary
final class StrictStringListDeserializer extends StrictDeserializer<List<String>> {
    @Override
    List<String> read(JsonNode node) {
        return JsonValues.strings(node);
    }
}
