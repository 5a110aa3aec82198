package dev.hmspec.cli;

/** A mistake on the command line found after parsing (a missing file, an empty folder): printed, exit code 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message, null, false, false);
    }
}
