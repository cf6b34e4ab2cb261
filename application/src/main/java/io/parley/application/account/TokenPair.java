package io.parley.application.account;

/** A short-lived access token and the single-use refresh token that renews it. */
public record TokenPair(String accessToken, long expiresInSeconds, String refreshToken) {
    @Override
    public String toString() {
        return "TokenPair[expiresInSeconds=" + expiresInSeconds + "]";
    }
}
