package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTest {

  @Test
  void listPath_withOrWithoutQuery_isTheListRoute() {
    assertThat(Route.of("/api/v1/campaigns").kind()).isEqualTo(Route.Kind.LIST);
    assertThat(Route.of("/api/v1/campaigns?status=active&page=2").kind()).isEqualTo(Route.Kind.LIST);
  }

  @Test
  void singleSegment_isDecodedAsTheCampaignId() {
    assertThat(Route.of("/api/v1/campaigns/campaign-uuid-1")).isEqualTo(new Route(Route.Kind.GET, "campaign-uuid-1"));
    assertThat(Route.of("/api/v1/campaigns/a%20b%2Bc%C3%A9?x=1").campaignId()).isEqualTo("a b+cé");
    assertThat(Route.of("/api/v1/campaigns/a+b").campaignId()).isEqualTo("a+b");
    assertThat(Route.of("/api/v1/campaigns/a%2Fb").campaignId()).isEqualTo("a/b");
  }

  @Test
  void callAndStatusSegments_areTheWriteRoutesOfTheDecodedId() {
    assertThat(Route.of("/api/v1/campaigns/c%201/call")).isEqualTo(new Route(Route.Kind.CALL, "c 1"));
    assertThat(Route.of("/api/v1/campaigns/c-1/status")).isEqualTo(new Route(Route.Kind.STATUS, "c-1"));
  }

  @Test
  void extraSegmentsEmptySegmentOrOtherPaths_areNoRoute() {
    assertThat(Route.of("/api/v1/campaigns/x/webhooks").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns/x/call/1").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns//call").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns/").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaignsx").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/agents").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns/%20").kind()).isEqualTo(Route.Kind.NONE);
  }

  @Test
  void malformedEscapesOrInvalidUtf8_areNoRoute() {
    assertThat(Route.of("/api/v1/campaigns/%").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns/%zz").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns/%C3").kind()).isEqualTo(Route.Kind.NONE);
    assertThat(Route.of("/api/v1/campaigns/%FF").kind()).isEqualTo(Route.Kind.NONE);
  }
}
