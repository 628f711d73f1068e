package ai.talkover.campaigns.spring.autoconfigure;

import java.util.Map;

/**
 * Names the {@code talkover.*} property behind an error of the library's builders, which name their
 * own settings ({@code baseUrl: ...}): a rule only a builder knows still fails start-up with the
 * property as the user wrote it.
 */
final class BuilderErrors {

  private static final Map<String, String> PROPERTIES = Map.ofEntries(
      Map.entry("token", "talkover.api.token"),
      Map.entry("baseUrl", "talkover.api.base-url"),
      Map.entry("connectTimeout", "talkover.http.connect-timeout"),
      Map.entry("responseTimeout", "talkover.http.response-timeout"),
      Map.entry("deadline", "talkover.http.deadline"),
      Map.entry("maxAttempts", "talkover.http.max-attempts"),
      Map.entry("maxConnections", "talkover.http.max-connections"),
      Map.entry("proxy", "talkover.http.proxy"),
      Map.entry("maximumSize", "talkover.cache.maximum-size"),
      Map.entry("expireAfterWrite", "talkover.cache.expire-after-write"),
      Map.entry("refreshAfterWrite", "talkover.cache.refresh-after-write"),
      Map.entry("maxStaleness", "talkover.cache.max-staleness"),
      Map.entry("notFoundTtl", "talkover.cache.not-found-ttl"),
      Map.entry("rateLimit", "talkover.api.rate-limit"),
      Map.entry("fleet", "talkover.fleet.redis-url"));

  private BuilderErrors() {}

  /**
   * @param e what a builder threw
   * @return an exception whose message starts with the property's name, the builder's exception as
   *     its cause; the message unchanged (prefixed with {@code talkover:}) when no property matches
   */
  static IllegalArgumentException named(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(':');
    String property = colon > 0 ? PROPERTIES.get(message.substring(0, colon)) : null;
    String text = property == null ? "talkover: " + message : property + message.substring(colon);
    return new IllegalArgumentException(text, e);
  }
}
