package ai.talkover.campaigns.adapter.redis;

import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the fleet's Redis is: {@code redis://host:port[/db]}, or {@code rediss://…} for TLS, with an
 * optional {@code user:password@} or {@code :password@}. The password never appears in
 * {@link #toString()} or in any message: it is shown as {@code ***}.
 */
final class RedisUrl {

  private final String scheme;
  private final String host;
  private final int port;
  private final int database;
  private final String user;
  private final char[] password;

  private RedisUrl(String scheme, String host, int port, int database, String user, char[] password) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
  }

  /**
   * Parses a URL.
   *
   * @param field the setting's name as the user wrote it, for messages (for example
   *     {@code TALKOVER_REDIS_URL}); not {@code null}
   * @param text the URL; not {@code null}
   * @return the URL
   * @throws IllegalArgumentException naming {@code field} when the URL is not of that form; the
   *     message shows the URL with its password masked
   */
  static RedisUrl parse(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    URI uri;
    try {
      uri = new URI(t);
    } catch (URISyntaxException e) {
      throw bad(field, t, "is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw bad(field, t, "must start with redis:// or rediss:// (TLS)");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw bad(field, t, "has no host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() < 0 ? RedisURI.DEFAULT_REDIS_PORT : uri.getPort();
    int db = 0;
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      String d = path.substring(1);
      if (d.isEmpty() || d.length() > 4 || !d.chars().allMatch(Character::isDigit)) {
        throw bad(field, t, "database '" + d + "' is not a number (write /0 to /15)");
      }
      db = Integer.parseInt(d);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw bad(field, t, "takes no query or fragment");
    }
    String user = null;
    char[] password = null;
    String info = uri.getUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      if (colon < 0) {
        password = info.toCharArray();
      } else {
        user = colon == 0 ? null : info.substring(0, colon);
        password = info.substring(colon + 1).toCharArray();
      }
    }
    return new RedisUrl(scheme, host, port, db, user, password);
  }

  private static IllegalArgumentException bad(String field, String text, String why) {
    return new IllegalArgumentException(field + ": '" + mask(text) + "' " + why);
  }

  /** The text with the user-info part of a URL replaced by a mask. */
  static String mask(String text) {
    int scheme = text.indexOf("://");
    int at = text.lastIndexOf('@');
    if (scheme < 0 || at < scheme) {
      return text;
    }
    String info = text.substring(scheme + 3, at);
    int colon = info.indexOf(':');
    String user = colon < 0 ? "" : info.substring(0, colon);
    return text.substring(0, scheme + 3) + user + ":***" + text.substring(at);
  }

  /**
   * Whether the connection uses TLS ({@code rediss://}).
   *
   * @return true for TLS
   */
  boolean tls() {
    return scheme.equals("rediss");
  }

  /**
   * The host.
   *
   * @return the host name or address
   */
  String host() {
    return host;
  }

  /**
   * The port (default 6379).
   *
   * @return the port
   */
  int port() {
    return port;
  }

  /**
   * The database index (default 0).
   *
   * @return the index
   */
  int database() {
    return database;
  }

  /** Lettuce's form, password included: never logged. */
  RedisURI toRedisUri(java.time.Duration timeout) {
    RedisURI.Builder b = RedisURI.builder().withHost(host).withPort(port).withDatabase(database)
        .withSsl(tls()).withTimeout(timeout);
    if (password != null) {
      if (user != null) {
        b.withAuthentication(user, password);
      } else {
        b.withPassword(password);
      }
    }
    return b.build();
  }

  /** Removes the password from a text that may quote it (a library's message). */
  String redact(String text) {
    if (text == null || password == null || password.length == 0) {
      return text;
    }
    return text.replace(new String(password), "***");
  }

  /**
   * The URL with its password masked, for example {@code redis://:***@cache:6379/2}.
   *
   * @return the masked URL
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(scheme).append("://");
    if (password != null) {
      sb.append(user == null ? "" : user).append(":***@");
    } else if (user != null) {
      sb.append(user).append('@');
    }
    sb.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port);
    if (database != 0) {
      sb.append('/').append(database);
    }
    return sb.toString();
  }
}
