package ai.talkover.campaigns.application.port.out;

/** No usable response arrived: refused, reset, timed out, or the call's deadline passed. Retryable. */
public final class NetworkException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  /** What went wrong on the wire. */
  public enum Kind {
    /** The connection was refused or could not be made. */
    CONNECT,
    /** The connection was reset or closed before the response was complete. */
    RESET,
    /** A timeout passed, or the call's overall deadline. */
    TIMEOUT,
    /** Another I/O failure. */
    OTHER
  }

  private final Kind kind;

  NetworkException(Context context, Kind kind, Throwable cause) {
    super("network failure talking to the Talkover API (" + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ")", context, cause);
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
  }

  /**
   * The kind of failure.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public NetworkException withAttempts(int attempts) {
    NetworkException copy = new NetworkException(context().withAttempts(attempts), kind, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
