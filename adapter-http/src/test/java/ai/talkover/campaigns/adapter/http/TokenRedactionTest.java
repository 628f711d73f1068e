package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that echoes the token never gets it printed: not in a Jackson parse detail, not in a
 * validation message, not in a cause's message, not when the exception is logged whole. A base URL
 * with user info is refused without echoing it, even when it has a second flaw.
 */
class TokenRedactionTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  /** Message, toString, stack trace with every cause and suppressed exception, and the context. */
  static String everything(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    StringBuilder sb = new StringBuilder(out.toString());
    if (t instanceof CampaignQueryException q) {
      sb.append(q.context());
    }
    if (t instanceof InvalidCampaignResponseException i) {
      sb.append(i.violations());
    }
    if (t instanceof InvalidResponseException i) {
      sb.append(i.detail());
    }
    return sb.toString();
  }

  @Test
  void bodyWithTheTokenAsABareWord_jacksonsParseDetailIsMasked_inTheMessageAndTheCause() {
    always(CAMPAIGN_PATH, json(200, "{\"success\":true,\"data\":" + TOKEN + "}"));

    Throwable thrown = catchThrowable(() -> query().get(ID));

    assertThat(thrown).isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("Unrecognized token '***'");
    assertThat(thrown.getCause()).isNotNull().hasMessageContaining("***");
    assertThat(everything(thrown)).doesNotContain(TOKEN);
  }

  @Test
  void campaignWithTheTokenAsItsZone_validationMessageIsMasked() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")
        .replace("\"timezone\": \"America/New_York\"", "\"timezone\": \"" + TOKEN + "\"")));

    Throwable thrown = catchThrowable(() -> query().get(ID));

    assertThat(thrown).isExactlyInstanceOf(InvalidCampaignResponseException.class)
        .hasMessageContaining("timezone");
    assertThat(((InvalidCampaignResponseException) thrown).violations())
        .anySatisfy(v -> assertThat(v.field()).isEqualTo("timezone"));
    assertThat(everything(thrown)).doesNotContain(TOKEN).contains("***");
  }

  @Test
  void invalidCampaignInA200_keepsItsKindAndViolations_andCarriesTheMaskedBodySnippet() {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")
        .replace("\"timezone\": \"America/New_York\"", "\"timezone\": \"" + TOKEN + "\"")));

    Throwable thrown = catchThrowable(() -> query().get(ID));

    assertThat(thrown).isExactlyInstanceOf(InvalidCampaignResponseException.class);
    InvalidCampaignResponseException invalid = (InvalidCampaignResponseException) thrown;
    assertThat(invalid.violations()).extracting(v -> v.field()).contains("timezone");
    assertThat(invalid.status()).isEqualTo(200);
    assertThat(invalid.attempts()).isEqualTo(1);
    assertThat(invalid.bodySnippet()).hasValueSatisfying(s -> assertThat(s)
        .startsWith("{").contains("\"timezone\": \"***\"").doesNotContain(TOKEN));
  }

  @Test
  void errorBodyEchoingTheToken_inAFieldErrorSummary_isMasked() {
    always(CAMPAIGN_PATH, json(422, "{\"success\":false,\"message\":\"Validation failed\","
        + "\"errors\":{\"token\":[\"" + TOKEN + " is revoked\"]}}"));

    Throwable thrown = catchThrowable(() -> query().get(ID));

    assertThat(thrown).isExactlyInstanceOf(InvalidResponseException.class);
    assertThat(everything(thrown)).doesNotContain(TOKEN);
  }

  @Test
  void baseUrlWithUserInfoAndASecondFlaw_isRefusedWithoutEchoingThePassword() {
    String url = "https://user:hunter2@app.talkover.ai/x?y=1";

    assertThatThrownBy(() -> TalkoverHttpCampaignQuery.builder().token(TOKEN).baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl: must not hold user info");
    assertThatThrownBy(() -> TalkoverHttpCampaignQuery.builder().token(TOKEN)
        .baseUrl("ht tp://user:hunter2@app talkover").build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void builderToString_masksUserInfoAndTheToken_evenInTheBaseUrl() {
    assertThat(TalkoverHttpCampaignQuery.builder().token(TOKEN)
        .baseUrl("https://user:hunter2@app.talkover.ai").toString())
        .contains("baseUrl=https://***@app.talkover.ai")
        .doesNotContain("hunter2").doesNotContain(TOKEN);
    assertThat(TalkoverHttpCampaignQuery.builder().token(TOKEN)
        .baseUrl("https://app.talkover.ai/" + TOKEN).toString())
        .doesNotContain(TOKEN);
  }
}
