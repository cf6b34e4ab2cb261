package io.parley.adapter.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Renders every error the framework raises itself (bad JSON, wrong types, unknown routes, wrong content type,
 * oversize bodies, missing or bad tokens) in Parley's JSON shape; server faults never reveal their cause.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class JsonErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        String code = isMalformedBody(context) ? "request.malformed_json" : ErrorResponses.codeFor(status);
        MutableHttpResponse<ErrorBody> response = ErrorResponses.of(status, code, messageFor(status, context));
        base.getHeaders().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        return response.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static boolean isMalformedBody(ErrorContext context) {
        return context.getRootCause().filter(cause -> cause instanceof CodecException || cause instanceof JsonSyntaxException).isPresent();
    }

    private static String messageFor(HttpStatus status, ErrorContext context) {
        if (status.getCode() >= 500) {
            return "internal server error";
        }
        return switch (status) {
            case UNAUTHORIZED -> "a valid bearer token is required";
            case FORBIDDEN -> "you are not allowed to do this";
            case NOT_FOUND -> "no such resource";
            default -> context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        };
    }
}
