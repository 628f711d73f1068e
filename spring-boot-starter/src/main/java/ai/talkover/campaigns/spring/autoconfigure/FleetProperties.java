package ai.talkover.campaigns.spring.autoconfigure;

/**
 * {@code talkover.fleet.*}: fleet mode, many nodes sharing one Redis for the campaigns they read, the
 * API request budget, invalidations and the attempt ledger.
 */
public class FleetProperties {

  /**
   * The Redis server the fleet shares: redis://host:port[/db], rediss:// for TLS, an optional
   * user:password@ (never printed). Unset: every node works alone (node-local cache and budget).
   */
  private String redisUrl;

  /** @return the Redis URL, or {@code null} */
  public String getRedisUrl() {
    return redisUrl;
  }

  /** @param redisUrl the Redis URL */
  public void setRedisUrl(String redisUrl) {
    this.redisUrl = redisUrl;
  }

  @Override
  public String toString() {
    return "FleetProperties[redisUrl=" + (redisUrl == null ? "(none)" : "(set)") + "]";
  }
}
