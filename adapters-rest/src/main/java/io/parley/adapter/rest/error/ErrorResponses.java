package io.parley.adapter.rest.error;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Builds error responses in Parley's one JSON shape. */
public final class ErrorResponses {
    private ErrorResponses() {}

    /** A response with {@code status} and body {@code {"error": code, "message": message}}. */
    public static MutableHttpResponse<ErrorBody> of(HttpStatus status, String code, String message) {
        MutableHttpResponse<ErrorBody> response =
                HttpResponse.<ErrorBody>status(status).body(new ErrorBody(code, message));
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }

    /** The code for a status that the framework rejected before any use case ran. */
    public static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request.invalid";
            case UNAUTHORIZED -> "auth.unauthorized";
            case FORBIDDEN -> "auth.forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "request.method_not_allowed";
            case NOT_ACCEPTABLE -> "request.not_acceptable";
            case LENGTH_REQUIRED -> "request.length_required";
            case REQUEST_ENTITY_TOO_LARGE -> "request.too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "request.unsupported_media_type";
            case TOO_MANY_REQUESTS -> "request.rate_limited";
            default -> status.getCode() >= 500 ? "internal" : "request.rejected";
        };
    }
}
