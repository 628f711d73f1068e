package ai.talkover.campaigns.application.port.out;

/**
 * The {@link AttemptLedger} could not be read or written (its store is unreachable or too slow): the
 * caller must not place the call, because another node may be placing it or the cap may be reached.
 * The message names the store's address with any password masked, never a credential.
 */
public final class AttemptLedgerUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without credentials
   * @param cause the store's failure; nullable
   */
  public AttemptLedgerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
