package io.parley.application.account;

/** A login attempt: {@code login} is a username or an e-mail address; {@code clientAddress} is where it came from. */
public record LogInCommand(String login, String password, String clientAddress) {
    @Override
    public String toString() {
        return "LogInCommand[login=" + login + ", clientAddress=" + clientAddress + "]";
    }
}
