package io.parley.adapter.rest.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException;
import jakarta.inject.Singleton;

/**
 * A form body Netty's decoder cannot read (a multipart part without a name or without {@code Content-Disposition}, a
 * bad percent escape) is the client's fault: 400 {@code request.malformed_form}, not the 500 Micronaut answers for an
 * exception it does not know. See ADR 0007, "Malformed form bodies".
 */
@Produces
@Singleton
public final class MalformedFormHandler
        implements ExceptionHandler<ErrorDataDecoderException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ErrorDataDecoderException exception) {
        return ErrorResponses.of(
                HttpStatus.BAD_REQUEST,
                "request.malformed_form",
                "the form body is malformed: every part needs a Content-Disposition with a name");
    }
}
