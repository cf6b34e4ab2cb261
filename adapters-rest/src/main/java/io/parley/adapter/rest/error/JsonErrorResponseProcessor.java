package io.parley.adapter.rest.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.parley.adapter.rest.json.StrictBodyRefusal;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders every error the framework raises itself (bad JSON, wrong types, unknown routes, wrong content type,
 * oversize bodies, missing or bad tokens) in Parley's JSON shape; server faults never reveal their cause, and
 * parser internals never reach the client.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class JsonErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {
    private static final String BODY_ARGUMENT = "body";
    /** A Java class or package name, or an exception's: framework messages that show one are replaced. */
    private static final Pattern INTERNAL_NAME =
            Pattern.compile("\\b(io|java|javax|jakarta|com|org|reactor)\\.[a-z]|Exception|\\bclass\\b|interface ");

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        Optional<MutableHttpResponse<ErrorBody>> tooLong = OversizeHead.of(context.getRequest());
        if (tooLong.isPresent()) {
            return tooLong.get().contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        HttpStatus status = base.getStatus();
        MutableHttpResponse<ErrorBody> response = context.getRootCause()
                .flatMap(StrictBodyRefusal::of)
                .map(refused -> ErrorResponses.of(HttpStatus.BAD_REQUEST, refused.code(), refused.getMessage()))
                .or(() -> malformedBody(context)
                        .map(message -> ErrorResponses.of(status, "request.malformed_json", message)))
                .orElseGet(
                        () -> ErrorResponses.of(status, ErrorResponses.codeFor(status), messageFor(status, context)));
        base.getHeaders().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        return response.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** A fixed message when the body could not be read as the expected JSON object. */
    private static Optional<String> malformedBody(ErrorContext context) {
        return context.getRootCause().flatMap(cause -> {
            if (cause instanceof CodecException || cause instanceof JsonSyntaxException) {
                return Optional.of("the request body is not valid JSON");
            }
            if (cause instanceof ConversionErrorException conversion
                    && BODY_ARGUMENT.equals(conversion.getArgument().getName())) {
                return Optional.of("the request body must be a JSON object with the documented fields");
            }
            return Optional.empty();
        });
    }

    private static String messageFor(HttpStatus status, ErrorContext context) {
        if (status.getCode() >= 500) {
            return "internal server error";
        }
        return switch (status) {
            case UNAUTHORIZED -> "a valid bearer token is required";
            case FORBIDDEN -> "you are not allowed to do this";
            case NOT_FOUND -> "no such resource";
            default ->
                context.getRootCause()
                        .filter(ConversionErrorException.class::isInstance)
                        .map(cause -> "'"
                                + ((ConversionErrorException) cause)
                                        .getArgument()
                                        .getName() + "' is missing or has the wrong type")
                        .orElseGet(() -> context.getErrors().stream()
                                .map(Error::getMessage)
                                .filter(message ->
                                        !INTERNAL_NAME.matcher(message).find())
                                .findFirst()
                                .orElse(status.getReason()));
        };
    }
}
