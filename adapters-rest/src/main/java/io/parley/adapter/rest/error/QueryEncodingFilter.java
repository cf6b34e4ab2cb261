package io.parley.adapter.rest.error;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A query string whose escaped bytes are not UTF-8 ({@code %FF}, an encoded surrogate, a cut sequence) is 400
 * {@code request.invalid_text}: Netty's decoder would replace them with U+FFFD, so a search or a lookup would run for
 * text the client never sent. (A broken escape such as {@code %ZZ} never gets here: Micronaut refuses the URL with
 * 400 {@code request.invalid}, and {@code MalformedUpgradeUri} does the same for socket upgrades.)
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class QueryEncodingFilter implements Ordered {
    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseQueriesThatAreNotUtf8(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        if (query == null || query.indexOf('%') < 0) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '&' || c == '=') {
                if (!isUtf8(bytes)) {
                    return notUtf8();
                }
                bytes.reset();
            } else if (c == '%' && i + 2 < query.length()) {
                // a valid URI has two hex digits after every '%'
                bytes.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // a character the request line already carried as text: its own UTF-8 bytes
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return isUtf8(bytes) ? null : notUtf8();
    }

    private static boolean isUtf8(ByteArrayOutputStream bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static HttpResponse<?> notUtf8() {
        return ErrorResponses.of(
                HttpStatus.BAD_REQUEST, "request.invalid_text", "query parameters must be percent-encoded UTF-8");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
