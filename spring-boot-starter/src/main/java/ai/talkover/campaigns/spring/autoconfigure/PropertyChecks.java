package ai.talkover.campaigns.spring.autoconfigure;

import ai.talkover.campaigns.application.port.out.RateLimit;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The start-up checks of {@link TalkoverProperties}: each problem is one message that starts with the
 * property's full name as written in {@code application.yml}. Rules that only the library's builders
 * know (the base URL's form, the order of the cache ages) are checked when the client is built and
 * named the same way by {@link BuilderErrors}.
 */
final class PropertyChecks {

  private PropertyChecks() {}

  static void check(TalkoverProperties p, Consumer<String> problems) {
    checkApi(p.getApi(), problems);
    checkHttp(p.getHttp(), problems);
    checkCache(p.getCache(), problems);
    positive("talkover.calls.hold", p.getCalls().getHold(), problems);
    String redisUrl = p.getFleet().getRedisUrl();
    if (redisUrl != null && redisUrl.isBlank()) {
      problems.accept("talkover.fleet.redis-url: is blank (unset it for a node that works alone)");
    }
    String rateLimit = p.getApi().getRateLimit();
    if (rateLimit != null) {
      try {
        RateLimit.parse("talkover.api.rate-limit", rateLimit);
      } catch (IllegalArgumentException e) {
        problems.accept(e.getMessage());
      }
    }
    PolicyBinding.policies(p.getCompliance(), problems);
  }

  private static void checkApi(TalkoverProperties.Api api, Consumer<String> problems) {
    String token = api.getToken();
    if (token == null || token.isBlank()) {
      problems.accept("talkover.api.token: is blank (set it, or the environment variable TALKOVER_API_TOKEN)");
    } else if (token.strip().chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
      // The value itself is never part of a message.
      problems.accept("talkover.api.token: contains whitespace or control characters");
    }
    if (api.getBaseUrl() == null || api.getBaseUrl().isBlank()) {
      problems.accept("talkover.api.base-url: is blank");
    }
  }

  private static void checkHttp(TalkoverProperties.Http http, Consumer<String> problems) {
    positive("talkover.http.connect-timeout", http.getConnectTimeout(), problems);
    positive("talkover.http.response-timeout", http.getResponseTimeout(), problems);
    positive("talkover.http.deadline", http.getDeadline(), problems);
    if (http.getMaxAttempts() < 1 || http.getMaxAttempts() > 10) {
      problems.accept("talkover.http.max-attempts: " + http.getMaxAttempts() + " is outside 1..10");
    }
    if (http.getMaxConnections() < 1) {
      problems.accept("talkover.http.max-connections: " + http.getMaxConnections() + " is less than 1");
    }
    TalkoverProperties.Proxy proxy = http.getProxy();
    boolean host = proxy.getHost() != null;
    boolean port = proxy.getPort() != null;
    if (host && !port) {
      problems.accept("talkover.http.proxy.port: required when talkover.http.proxy.host is set");
    } else if (port && !host) {
      problems.accept("talkover.http.proxy.host: required when talkover.http.proxy.port is set");
    }
    if (host && proxy.getHost().isBlank()) {
      problems.accept("talkover.http.proxy.host: is blank");
    }
    if (port && (proxy.getPort() < 1 || proxy.getPort() > 65_535)) {
      problems.accept("talkover.http.proxy.port: " + proxy.getPort() + " is outside 1..65535");
    }
  }

  private static void checkCache(TalkoverProperties.Cache cache, Consumer<String> problems) {
    if (cache.getMaximumSize() < 1) {
      problems.accept("talkover.cache.maximum-size: " + cache.getMaximumSize() + " is less than 1");
    }
    positive("talkover.cache.expire-after-write", cache.getExpireAfterWrite(), problems);
    positive("talkover.cache.refresh-after-write", cache.getRefreshAfterWrite(), problems);
    positive("talkover.cache.max-staleness", cache.getMaxStaleness(), problems);
    positive("talkover.cache.not-found-ttl", cache.getNotFoundTtl(), problems);
  }

  private static void positive(String property, Duration d, Consumer<String> problems) {
    if (d == null) {
      problems.accept(property + ": is empty");
    } else if (d.isZero() || d.isNegative()) {
      problems.accept(property + ": " + d + " is not positive");
    }
  }
}
