package dev.fovea.app.cli;

/** A request the command understood but cannot carry out as asked; exits with the usage code. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
