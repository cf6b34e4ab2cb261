package io.parley.adapter.rest.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.json.tree.JsonNode;
import io.parley.adapter.wire.json.JsonValues;
import jakarta.inject.Singleton;
import java.util.List;

/** Lists of ids in request bodies (such as {@code mentions}), read strictly ({@link JsonValues#wholeNumbers}). */
@Singleton
@Primary
final class StrictLongListDeserializer extends StrictDeserializer<List<Long>> {
    @Override
    List<Long> read(JsonNode node) {
        return JsonValues.wholeNumbers(node);
    }
}
