package io.parley.bootstrap;

/**
 * Parley cannot start because of something an operator can fix; the message is one line that names the setting (or
 * the directory) and what is wrong with it, never a secret's value. {@link Application} prints it and exits with 2.
 */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
