package dev.fovea.installers;

/** A packaging step that cannot go on; the message names the file or tool and says what to do. */
final class PackagingException extends RuntimeException {
    PackagingException(String message) {
        super(message);
    }

    PackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
