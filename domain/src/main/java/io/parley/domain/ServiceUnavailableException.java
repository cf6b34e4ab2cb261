package io.parley.domain;

/**
 * 503 {@code service.unavailable}: a service the action needs (named by {@code service}, e.g. "the database") did
 * not answer within its timeout; nothing was changed that the caller was told about, and a retry may succeed. The
 * adapter that saw the failure logs its cause.
 */
public class ServiceUnavailableException extends DomainException {
    public static final String CODE = "service.unavailable";

    public ServiceUnavailableException(String service) {
        super(ErrorKind.UNAVAILABLE, CODE, service + " is unavailable; try again shortly");
    }
}
