package ai.talkover.campaigns.adapter.http;

/**
 * No usable response: what kind of failure, whether the call's deadline caused it, and the cause
 * (an {@link java.io.IOException}, or the unexpected runtime exception the HTTP client threw).
 * Internal to the adapter; {@link Failures#fromTransport} turns it into the port's exception.
 */
final class TransportFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** How a request ended without a usable response. */
  enum Kind {
    /** The connection was refused or could not be made. */
    CONNECT,
    /** The connection was reset or closed before the response was complete. */
    RESET,
    /** A timeout passed, or the call's overall deadline. */
    TIMEOUT,
    /** No pooled connection became free in time: no request was sent. */
    SATURATED,
    /** Another I/O failure, or an unexpected exception of the HTTP client. */
    OTHER
  }

  private final Kind kind;

  TransportFailure(Kind kind, String message, Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
  }

  /**
   * The kind of failure.
   *
   * @return the kind
   */
  Kind kind() {
    return kind;
  }
}
