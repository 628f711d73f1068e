package ai.talkover.campaigns.adapter.redis;

/** A Redis command failed, timed out or could not be sent; already counted and logged. */
final class RedisUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RedisUnavailable(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
