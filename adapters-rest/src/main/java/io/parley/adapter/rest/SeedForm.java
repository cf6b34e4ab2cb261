package io.parley.adapter.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parts of seed 000's profile and group forms: the {@code json} field's bytes, whether it came as a plain field
 * or as a typed file part, and the non-empty {@code photo} parts. Micronaut binds a typed {@code json} part to neither
 * a {@code String} nor a {@code CompletedPart} argument, so the forms read the whole body (ADR 0007).
 */
public record SeedForm(byte @Nullable [] json, List<CompletedFileUpload> photos) {

    /** The form made of {@code parts}; other fields are ignored, as seed 000's clients may send some. */
    public static SeedForm of(List<CompletedPart> parts) {
        byte[] json = parts.stream()
                .filter(part -> "json".equals(part.getName()))
                .findFirst()
                .map(SeedForm::bytes)
                .orElse(null);
        List<CompletedFileUpload> photos = parts.stream()
                .filter(part -> "photo".equals(part.getName()))
                .filter(CompletedFileUpload.class::isInstance)
                .map(CompletedFileUpload.class::cast)
                .filter(part -> part.getSize() > 0)
                .toList();
        return new SeedForm(json, photos);
    }

    private static byte[] bytes(CompletedPart part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a form field could not be read", e);
        }
    }
}
