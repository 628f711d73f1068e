package ai.talkover.campaigns.adapter.http;

import java.net.ProxySelector;
import org.apache.hc.client5.http.impl.routing.DefaultProxyRoutePlanner;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;

/**
 * How a request reaches the API: through the proxy the builder names, else as the JVM's
 * {@link ProxySelector#getDefault() default proxy selector} says, which honours
 * {@code https.proxyHost}/{@code https.proxyPort}, {@code http.proxyHost}/{@code http.proxyPort}
 * and {@code http.nonProxyHosts} (and a selector an application installs), looked up per request.
 * An {@code https} target goes through an HTTP proxy as a {@code CONNECT} tunnel, an {@code http}
 * one as an absolute-URI request. HttpClient 5's route planners do the work. Stateless.
 */
final class ProxyRoutes {

  private ProxyRoutes() {}

  /**
   * The route planner.
   *
   * @param proxy the explicit proxy; {@code null} for the JVM's proxy settings
   * @return the planner
   */
  static HttpRoutePlanner planner(HttpHost proxy) {
    // A null selector makes SystemDefaultRoutePlanner ask ProxySelector.getDefault() on each route.
    return proxy != null ? new DefaultProxyRoutePlanner(proxy) : new SystemDefaultRoutePlanner(null);
  }

  /**
   * An explicit HTTP proxy.
   *
   * @param host the proxy host; not blank
   * @param port the proxy port, 1..65535
   * @return the proxy
   * @throws IllegalArgumentException naming {@code proxy} when the host is blank or the port is out of range
   */
  static HttpHost proxy(String host, int port) {
    if (host.isBlank()) {
      throw new IllegalArgumentException("proxy: host is blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("proxy: port " + port + " is outside 1..65535");
    }
    return new HttpHost("http", host.trim(), port);
  }
}
