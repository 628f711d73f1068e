package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Make Campaign Call's 201 body, which has no envelope (API spec §3.8).
 *
 * @param campaignCall the queued call; nullable (then the body is invalid)
 * @param campaign the parent campaign's summary; nullable
 * @param unknownFields members the record does not name, kept as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallCreatedDto(
    CampaignCallDto campaignCall,
    CallCreatedDto.CampaignSummaryDto campaign,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

  /**
   * The {@code campaign} summary of a 201.
   *
   * @param id the campaign id; nullable
   * @param name its name; nullable
   * @param status its status as written; nullable
   * @param unknownFields members the record does not name; nullable
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CampaignSummaryDto(String id, String name, String status,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
}
