package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NetworkFailureTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void get_connectionRefused_isRetried_thenNetworkConnect() throws IOException {
    int port = closedPort();
    TalkoverHttpCampaignQuery q = query(b -> b.baseUrl("http://127.0.0.1:" + port));

    assertThatThrownBy(() -> q.get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> {
          NetworkException n = (NetworkException) e;
          assertThat(n.kind()).isEqualTo(NetworkException.Kind.CONNECT);
          assertThat(n.attempts()).isEqualTo(3);
          assertThat(n.status()).isZero();
          assertThat(n.isRetryable()).isTrue();
        });
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_connectionResetBeforeTheResponse_isRetried_thenNetworkReset() {
    always(CAMPAIGN_PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.RESET));
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_emptyResponse_isRetried_thenNetworkReset() {
    always(CAMPAIGN_PATH, aResponse().withFault(Fault.EMPTY_RESPONSE));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.RESET));
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_connectionBrokenMidBody_isRetried_thenNetworkReset() {
    always(CAMPAIGN_PATH, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(e).hasCauseInstanceOf(
            org.apache.hc.core5.http.MalformedChunkCodingException.class))
        .satisfies(e -> assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.RESET));
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_bodyShorterThanItsContentLength_isRetried_thenNetworkReset() throws Exception {
    byte[] answer = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n"
        + "\r\n{\"success\":true,\"data\":{").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (ServerSocket server = new ServerSocket(0, 3, InetAddress.getLoopbackAddress())) {
      Thread serving = new Thread(() -> {
        for (int i = 0; i < 3; i++) {
          try (java.net.Socket s = server.accept()) {
            java.io.InputStream in = s.getInputStream();
            int matched = 0;
            while (matched < 4) {
              int c = in.read();
              if (c < 0) {
                break;
              }
              matched = c == "\r\n\r\n".charAt(matched) ? matched + 1 : (c == '\r' ? 1 : 0);
            }
            s.getOutputStream().write(answer);
            s.getOutputStream().flush();
          } catch (IOException e) {
            return;
          }
        }
      });
      serving.setDaemon(true);
      serving.start();
      TalkoverHttpCampaignQuery q = query(b -> b.baseUrl("http://127.0.0.1:" + server.getLocalPort()));

      assertThatThrownBy(() -> q.get(ID))
          .isExactlyInstanceOf(NetworkException.class)
          .hasCauseInstanceOf(org.apache.hc.core5.http.ConnectionClosedException.class)
          .satisfies(e -> {
            assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.RESET);
            assertThat(((NetworkException) e).attempts()).isEqualTo(3);
          });
      serving.join(10_000);
      assertThat(serving.isAlive()).isFalse();
    }
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_garbageThenClose_isRetried_thenNetworkReset() {
    always(CAMPAIGN_PATH, aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

    assertThatThrownBy(() -> query().get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.RESET));
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_headersSlowerThanTheResponseTimeout_isRetried_thenNetworkTimeout() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")).withFixedDelay(1500));

    assertThatThrownBy(() -> query(b -> b.responseTimeout(Duration.ofMillis(300))).get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> {
          assertThat(((NetworkException) e).kind()).isEqualTo(NetworkException.Kind.TIMEOUT);
          assertThat(((NetworkException) e).attempts()).isEqualTo(3);
        });
    assertThat(requests()).hasSize(3);
    assertThat(time.waits).isEqualTo(waits(200, 400));
  }

  @Test
  void get_bodyTricklingInPastTheDeadline_isCutAtTheDeadline() {
    // Every chunk arrives well within the response timeout; only the overall deadline can stop it.
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")).withChunkedDribbleDelay(60, 6000));
    TalkoverHttpCampaignQuery q = query(b -> b
        .clock(Clock.systemUTC())
        .responseTimeout(Duration.ofSeconds(1))
        .deadline(Duration.ofMillis(800)));

    assertThatThrownBy(() -> q.get(ID))
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(e -> {
          NetworkException n = (NetworkException) e;
          assertThat(n.kind()).isEqualTo(NetworkException.Kind.TIMEOUT);
          assertThat(n.getCause()).hasMessageContaining("deadline");
          assertThat(n.attempts()).isEqualTo(1);
        });
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }
}
