package io.parley.adapter.redis;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.config.DeserializationConfiguration;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.SerializationConfiguration;
import io.micronaut.serde.config.annotation.SerdeConfig.SerInclude;
import io.micronaut.serde.config.naming.PropertyNamingStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The fixed JSON shape of events between nodes, independent of the application's {@code micronaut.serde.*} settings:
 * nodes configured differently still understand each other. Property names as declared, nulls and empty lists
 * written, instants as ISO-8601 strings (nanoseconds kept), unknown properties ignored (newer nodes may add some).
 */
final class WireFormat implements SerdeConfiguration, SerializationConfiguration, DeserializationConfiguration {
    private static final WireFormat INSTANCE = new WireFormat();

    private WireFormat() {}

    /** A mapper that writes and reads the wire format, built from {@code base}'s registry of serdes. */
    static ObjectMapper apply(ObjectMapper base) {
        return base.cloneWithConfiguration(INSTANCE, INSTANCE, INSTANCE);
    }

    @Override
    public Optional<String> getDateFormat() {
        return Optional.empty();
    }

    @Override
    public TimeShape getTimeWriteShape() {
        return TimeShape.STRING;
    }

    @Override
    public NumericTimeUnit getNumericTimeUnit() {
        return NumericTimeUnit.NANOSECONDS;
    }

    @Override
    public boolean isWriteBinaryAsArray() {
        return false;
    }

    @Override
    public Optional<Locale> getLocale() {
        return Optional.empty();
    }

    @Override
    public Optional<TimeZone> getTimeZone() {
        return Optional.empty();
    }

    @Override
    public List<String> getIncludedIntrospectionPackages() {
        return List.of("io.micronaut");
    }

    @Override
    public int getMaximumNestingDepth() {
        return 64;
    }

    @Override
    public String getPropertyNamingStrategyName() {
        return null;
    }

    @Override
    public PropertyNamingStrategy getPropertyNamingStrategy() {
        return PropertyNamingStrategy.IDENTITY;
    }

    @Override
    public SerInclude getInclusion() {
        return SerInclude.ALWAYS;
    }

    @Override
    public boolean isAlwaysSerializeErrorsAsList() {
        return false;
    }

    @Override
    public boolean isIgnoreUnknown() {
        return true;
    }

    @Override
    public int getArraySizeThreshold() {
        return 100;
    }

    @Override
    public boolean isStrictNullable() {
        return false;
    }
}
