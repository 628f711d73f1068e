package ai.talkover.campaigns.adapter.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks and normalises the API's base URL, and shows it safely. User info ({@code user:password@})
 * is looked for first, on the raw text, before anything could echo the URL: a URL holding it is
 * refused without being repeated, and every message or {@code toString()} shows the URL through
 * {@link #masked(String)}. Stateless and thread-safe.
 */
final class BaseUrl {

  private BaseUrl() {}

  /**
   * The URL as it may be shown: the user info, if any, replaced by {@code ***}.
   *
   * @param raw the URL as given; nullable
   * @return the masked URL, or {@code null} for {@code null}
   */
  static String masked(String raw) {
    if (raw == null || raw.indexOf('@') < 0) {
      return raw;
    }
    int slashes = raw.indexOf("//");
    int authority = slashes < 0 ? 0 : slashes + 2;
    int end = raw.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = raw.indexOf(c, authority);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    int at = end == 0 ? -1 : raw.lastIndexOf('@', end - 1);
    if (at < authority) {
      return raw;
    }
    return raw.substring(0, authority) + Redactor.MASK + raw.substring(at);
  }

  /**
   * The checked base URL, without a trailing slash; a path prefix is kept (for a gateway).
   *
   * @param raw the URL as given; not {@code null}
   * @param allowInsecureHttp whether plain {@code http} to a non-loopback host is accepted
   * @return {@code scheme://authority[/prefix]}
   * @throws IllegalArgumentException naming {@code baseUrl} when the URL holds user info, is not an
   *     absolute http(s) URL with a host, has a query or fragment, or is plain http to a remote host
   *     without {@code allowInsecureHttp}; the message never holds the user info
   */
  static String normalise(String raw, boolean allowInsecureHttp) {
    if (!raw.equals(masked(raw))) {
      throw new IllegalArgumentException("baseUrl: must not hold user info");
    }
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl: '" + raw + "' is not a URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("baseUrl: must not hold user info");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("baseUrl: '" + raw + "' is not an http(s) URL");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl: '" + raw + "' has no host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl: '" + raw + "' must not have a query or fragment");
    }
    if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException("baseUrl: plain http to '" + uri.getHost()
          + "' would send the token in clear text; use https, or allowInsecureHttp(true)");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return scheme + "://" + uri.getRawAuthority() + path;
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    boolean literal = h.contains(":") || h.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    if (!literal) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
