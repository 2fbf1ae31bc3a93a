package dev.fureai.tools;

/**
 * The command line or its input cannot be used; the command prints the message and exits
 * with 2.
 */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

	UsageException(String message, Throwable cause) {
		super(message, cause);
	}

}
