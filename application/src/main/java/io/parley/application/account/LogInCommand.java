package io.parley.application.account;

/** A login attempt: {@code login} is a username or an e-mail address. */
public record LogInCommand(String login, String password) {
    @Override
    public String toString() {
        return "LogInCommand[login=" + login + "]";
    }
}
