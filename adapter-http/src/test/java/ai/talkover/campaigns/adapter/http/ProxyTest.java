package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.BasicHttpContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proxies: the builder's {@code proxy(host, port)}, and by default the JVM's proxy properties, both
 * against a real loopback proxy in front of the stub server.
 */
class ProxyTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");
  private static final String[] PROPERTIES = {
      "http.proxyHost", "http.proxyPort", "https.proxyHost", "https.proxyPort", "http.nonProxyHosts"};

  private final Map<String, String> saved = new HashMap<>();
  private LoopbackProxy proxy;

  @Override
  WireMockExtension wm() {
    return WM;
  }

  @BeforeEach
  void startProxy() throws IOException {
    for (String p : PROPERTIES) {
      saved.put(p, System.getProperty(p));
    }
    proxy = new LoopbackProxy();
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));
  }

  @AfterEach
  void stopProxy() {
    proxy.close();
    saved.forEach((k, v) -> {
      if (v == null) {
        System.clearProperty(k);
      } else {
        System.setProperty(k, v);
      }
    });
  }

  /** A host that resolves nowhere: only the proxy (which relays every host to loopback) reaches it. */
  private static final String API_HOST = "api.talkover.invalid";

  private String apiUrl() {
    return "http://" + API_HOST + ":" + WM.getPort();
  }

  private String expectedRequestLine() {
    return "GET " + apiUrl() + CAMPAIGN_PATH + " HTTP/1.1";
  }

  private TalkoverHttpCampaignQuery viaApiHost(java.util.function.Consumer<TalkoverHttpCampaignQuery.Builder> more) {
    return query(b -> {
      b.baseUrl(apiUrl()).allowInsecureHttp(true);
      more.accept(b);
    });
  }

  @Test
  void builderProxy_carriesTheRequestThroughTheProxy() {
    Campaign c = viaApiHost(b -> b.proxy("127.0.0.1", proxy.port())).get(ID);

    assertThat(c.id()).isEqualTo(ID);
    assertThat(proxy.requestLines()).containsExactly(expectedRequestLine());
    WM.verify(1, getRequestedFor(urlEqualTo(CAMPAIGN_PATH)));
  }

  @Test
  void builderProxy_winsOverTheJvmSettings_evenForANonProxyHost() {
    System.setProperty("http.nonProxyHosts", "*.talkover.invalid");

    viaApiHost(b -> b.proxy("127.0.0.1", proxy.port())).get(ID);

    assertThat(proxy.requestLines()).containsExactly(expectedRequestLine());
  }

  @Test
  void jvmProxyProperties_areHonouredByDefault() {
    System.setProperty("http.proxyHost", "127.0.0.1");
    System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
    System.setProperty("http.nonProxyHosts", "localhost|127.*");

    Campaign c = viaApiHost(b -> { }).get(ID);

    assertThat(c.id()).isEqualTo(ID);
    assertThat(proxy.requestLines()).containsExactly(expectedRequestLine());
  }

  @Test
  void jvmNonProxyHosts_matchingTheApiHost_goesDirect() {
    System.setProperty("http.proxyHost", "127.0.0.1");
    System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
    System.setProperty("http.nonProxyHosts", "localhost|*.talkover.invalid");

    assertThatThrownBy(() -> viaApiHost(b -> b.retry(r -> r.maxAttempts(1))).get(ID))
        .as("direct: the host does not resolve")
        .isInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.CONNECT));
    assertThat(proxy.requestLines()).isEmpty();
  }

  @Test
  void noProxyConfigured_goesDirect() {
    query().get(ID);

    assertThat(proxy.requestLines()).isEmpty();
    WM.verify(1, getRequestedFor(urlEqualTo(CAMPAIGN_PATH)));
    assertThatThrownBy(() -> viaApiHost(b -> b.retry(r -> r.maxAttempts(1))).get(ID))
        .isInstanceOf(NetworkException.class);
    assertThat(proxy.requestLines()).isEmpty();
  }

  @Test
  void httpsProxyProperties_routeTheHttpsApiThroughATunnelAtThatProxy() throws HttpException {
    System.setProperty("https.proxyHost", "proxy.corp.example");
    System.setProperty("https.proxyPort", "3128");
    System.setProperty("http.nonProxyHosts", "localhost");

    HttpRoute route = ProxyRoutes.planner(null)
        .determineRoute(new HttpHost("https", "app.talkover.ai", 443), new BasicHttpContext());

    assertThat(route.getProxyHost()).isEqualTo(new HttpHost("http", "proxy.corp.example", 3128));
    assertThat(route.isTunnelled()).as("CONNECT tunnel").isTrue();
    assertThat(route.getTargetHost().getHostName()).isEqualTo("app.talkover.ai");
  }

  @Test
  void tunnel_throughTheLoopbackProxy_reachesTheOrigin() throws Exception {
    // The proxy's CONNECT path, driven the way an https client drives it (the TLS bytes are opaque
    // to the proxy; plain HTTP inside the tunnel shows that they arrive).
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", proxy.port())) {
      var out = s.getOutputStream();
      var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
          java.nio.charset.StandardCharsets.ISO_8859_1));
      out.write(("CONNECT 127.0.0.1:" + WM.getPort() + " HTTP/1.1\r\nHost: 127.0.0.1:" + WM.getPort()
          + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 Connection Established");
      assertThat(in.readLine()).isEmpty();
      out.write(("GET " + CAMPAIGN_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
    }
    assertThat(proxy.requestLines()).containsExactly("CONNECT 127.0.0.1:" + WM.getPort() + " HTTP/1.1");
  }

  @Test
  void proxy_badHostOrPort_isRefusedNamingTheSetting() {
    assertThatThrownBy(() -> TalkoverHttpCampaignQuery.builder().proxy(" ", 8080))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proxy: host is blank");
    assertThatThrownBy(() -> TalkoverHttpCampaignQuery.builder().proxy("proxy", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proxy: port 0 is outside 1..65535");
  }
}
