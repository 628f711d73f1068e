package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.NetworkException;
import java.io.IOException;

/** No usable response: the kind of failure and its cause. Internal to the adapter. */
final class TransportFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final NetworkException.Kind kind;

  TransportFailure(NetworkException.Kind kind, String message, IOException cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * The kind of failure.
   *
   * @return the kind
   */
  NetworkException.Kind kind() {
    return kind;
  }
}
