package ai.talkover.campaigns.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The unknown members of the write side's answers: {@link QueuedCall}, {@link CallReceipt},
 * {@link StatusChange}.
 */
class AnswerUnknownFieldsTest {

  private static final QueuedCall CALL = new QueuedCall("call-1", "c-1", "+15550000001", "queued",
      null, null);

  @Test
  void compactConstructors_andNull_keepNone() {
    assertThat(CALL.unknownFields()).isEmpty();
    assertThat(new CallReceipt(CALL, "c-1", "n", "active").unknownFields()).isEmpty();
    assertThat(new CallReceipt(CALL, "c-1", "n", "active").campaignUnknownFields()).isEmpty();
    assertThat(new StatusChange("c-1", new CampaignStatus("paused"), null).unknownFields()).isEmpty();
    assertThat(new QueuedCall("call-1", null, null, null, null, null, null).unknownFields()).isEmpty();
    assertThat(new CallReceipt(CALL, null, null, null, null, null).unknownFields()).isEmpty();
    assertThat(new StatusChange("c-1", new CampaignStatus("x"), null, null).unknownFields()).isEmpty();
  }

  @Test
  void members_areCopiedIn_inInputOrder_andCannotBeChangedAtAnyDepth() {
    List<Object> lines = new ArrayList<>(List.of(1, 2));
    Map<String, Object> routing = new LinkedHashMap<>();
    routing.put("lines", lines);
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("zeta", "last written first");
    sent.put("routing", routing);
    sent.put("gone", null);

    QueuedCall call = new QueuedCall("call-1", null, null, null, null, null, sent);
    CallReceipt receipt = new CallReceipt(call, null, null, null, sent, sent);
    StatusChange change = new StatusChange("c-1", new CampaignStatus("paused"), null, sent);
    lines.add(3);
    sent.put("late", true);

    for (Map<String, Object> kept : List.of(call.unknownFields(), receipt.campaignUnknownFields(),
        receipt.unknownFields(), change.unknownFields())) {
      assertThat(kept).containsExactly(Map.entry("zeta", "last written first"),
          Map.entry("routing", Map.of("lines", List.of(1, 2))), new SimpleEntry<>("gone", null));
      assertThat(kept).isUnmodifiable();
      assertThat((Map<?, ?>) kept.get("routing")).isUnmodifiable();
      assertThat((List<?>) ((Map<?, ?>) kept.get("routing")).get("lines")).isUnmodifiable();
    }
  }
}
