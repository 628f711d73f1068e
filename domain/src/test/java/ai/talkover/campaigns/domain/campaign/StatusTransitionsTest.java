package ai.talkover.campaigns.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.CampaignStatus.Known;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTransitionsTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "draft, ACTIVE, true", "draft, CANCELLED, true", "draft, PAUSED, false",
      "draft, COMPLETED, false", "draft, DRAFT, false",
      "active, PAUSED, true", "active, COMPLETED, true", "active, CANCELLED, true",
      "active, DRAFT, false", "active, ACTIVE, false",
      "paused, ACTIVE, true", "paused, COMPLETED, true", "paused, CANCELLED, true",
      "paused, DRAFT, false",
      "completed, ACTIVE, false", "completed, CANCELLED, false",
      "cancelled, ACTIVE, false", "cancelled, DRAFT, false",
      "Active, PAUSED, true",
      "archived, ACTIVE, false"})
  void isAllowed_followsTheDocumentedTable(String from, Known to, boolean allowed) {
    assertThat(StatusTransitions.isAllowed(new CampaignStatus(from), to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"completed", "cancelled", "archived"})
  void allowedFrom_finalOrUnknownStatus_isEmpty(String from) {
    assertThat(StatusTransitions.allowedFrom(new CampaignStatus(from))).isEmpty();
  }
}
