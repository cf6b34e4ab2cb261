package io.parley.application.account;

/** What a newcomer sends to open an account; every field is as the client typed it, validated by the use case. */
public record RegisterAccountCommand(String username, String password, String name, String email, String description) {
    @Override
    public String toString() {
        return "RegisterAccountCommand[username=" + username + ", email=" + email + "]";
    }
}
