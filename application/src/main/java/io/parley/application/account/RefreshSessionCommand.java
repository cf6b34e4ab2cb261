package io.parley.application.account;

/** A refresh token presented for exchange. */
public record RefreshSessionCommand(String refreshToken) {
    @Override
    public String toString() {
        return "RefreshSessionCommand[****]";
    }
}
