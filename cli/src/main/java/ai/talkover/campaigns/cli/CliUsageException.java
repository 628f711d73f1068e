package ai.talkover.campaigns.cli;

/** Invalid input from the user (a flag, a file, a number, a CSV row): exit code 2, one line. */
final class CliUsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CliUsageException(String message) {
    super(message);
  }

  CliUsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
