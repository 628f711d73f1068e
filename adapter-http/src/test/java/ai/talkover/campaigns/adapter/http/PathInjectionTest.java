package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PathInjectionTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  @Override
  WireMockExtension wm() {
    return WM;
  }

  @BeforeEach
  void everythingIsNotFound() {
    WM.stubFor(any(anyUrl()).willReturn(json(404, Fixtures.text("errors/404.json"))));
  }

  static Stream<Arguments> hostileIds() {
    return Stream.of(
        Arguments.of("slash", "a/b", "/api/v1/campaigns/a%2Fb"),
        Arguments.of("dot-dot traversal", "../../admin", "/api/v1/campaigns/..%2F..%2Fadmin"),
        Arguments.of("query", "x?page=2&admin=1", "/api/v1/campaigns/x%3Fpage%3D2%26admin%3D1"),
        Arguments.of("fragment", "x#top", "/api/v1/campaigns/x%23top"),
        Arguments.of("percent", "x%2F..%2F", "/api/v1/campaigns/x%252F..%252F"),
        Arguments.of("space", "my campaign", "/api/v1/campaigns/my%20campaign"),
        Arguments.of("CRLF header injection", "x\r\nX-Evil: 1", "/api/v1/campaigns/x%0D%0AX-Evil%3A%201"),
        Arguments.of("tab, escape and delete", "x\t\u001b\u007fy", "/api/v1/campaigns/x%09%1B%7Fy"),
        Arguments.of("backslash", "..\\..\\x", "/api/v1/campaigns/..%5C..%5Cx"),
        Arguments.of("non-ASCII", "kampanj\u00e4", "/api/v1/campaigns/kampanj%C3%A4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileIds")
  void get_hostileId_staysOneEncodedPathSegment(String what, String id, String expectedUrl) {
    assertThatThrownBy(() -> query().get(CampaignId.of(id)))
        .isExactlyInstanceOf(CampaignNotFoundException.class)
        .satisfies(e -> assertThat(((CampaignNotFoundException) e).campaignId()).contains(id));

    assertThat(requests()).singleElement()
        .satisfies(r -> assertThat(r.getUrl()).isEqualTo(expectedUrl));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {".", ".."})
  void get_dotSegmentId_isRefusedBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> query().get(CampaignId.of(id))).isInstanceOf(IllegalArgumentException.class);
    assertThat(requests()).isEmpty();
  }

  @Test
  void get_overLongId_isRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> query().get(CampaignId.of("x".repeat(257))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 256");
    assertThat(requests()).isEmpty();
  }

  @Test
  void campaignId_empty_cannotEvenBeMade() {
    assertThatThrownBy(() -> CampaignId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CampaignId.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
