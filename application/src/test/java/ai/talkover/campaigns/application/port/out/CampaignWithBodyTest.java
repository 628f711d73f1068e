package ai.talkover.campaigns.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignWithBodyTest {

  private static final Campaign CAMPAIGN = Campaign.builder().id("c-1").status("active")
      .timezone("UTC").daysOfWeek(List.of(1))
      .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00"))).build();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void body_isCopiedIn_soTheCallersArrayCannotChangeIt() {
    byte[] sent = bytes("{\"data\":{}}");
    CampaignWithBody value = new CampaignWithBody(CAMPAIGN, sent);

    sent[0] = 'X';

    assertThat(value.body()).isEqualTo(bytes("{\"data\":{}}"));
  }

  @Test
  void body_isCopiedOut_soAReaderCannotChangeIt() {
    CampaignWithBody value = new CampaignWithBody(CAMPAIGN, bytes("{}"));

    value.body()[0] = 'X';

    assertThat(value.body()).isEqualTo(bytes("{}"));
  }

  @Test
  void bodyView_readsTheBodyAndRefusesWrites() {
    CampaignWithBody value = new CampaignWithBody(CAMPAIGN, bytes("{}"));
    ByteBuffer view = value.bodyView();

    assertThat(view.remaining()).isEqualTo(2);
    assertThat(view.get(0)).isEqualTo((byte) '{');
    assertThatThrownBy(() -> view.put(0, (byte) 'X')).isInstanceOf(ReadOnlyBufferException.class);
  }

  @Test
  void equality_comparesTheBodysBytes() {
    assertThat(new CampaignWithBody(CAMPAIGN, bytes("{}")))
        .isEqualTo(new CampaignWithBody(CAMPAIGN, bytes("{}")))
        .hasSameHashCodeAs(new CampaignWithBody(CAMPAIGN, bytes("{}")))
        .isNotEqualTo(new CampaignWithBody(CAMPAIGN, bytes("{ }")));
  }

  @Test
  void toString_namesTheCampaignAndTheLength_neverTheBody() {
    assertThat(new CampaignWithBody(CAMPAIGN, bytes("{\"secret\":1}")))
        .hasToString("CampaignWithBody[c-1, 12 bytes]");
  }

  @Test
  void nulls_areRefusedByName() {
    assertThatThrownBy(() -> new CampaignWithBody(null, bytes("{}")))
        .isInstanceOf(NullPointerException.class).hasMessage("campaign");
    assertThatThrownBy(() -> new CampaignWithBody(CAMPAIGN, null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
  }
}
