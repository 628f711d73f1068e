package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A queued campaign call as Make Campaign Call writes it: its 201's {@code campaign_call} and its
 * 409's {@code existing_call} (API spec §3.8). Instants stay strings so that a bad one is reported
 * under its JSON name.
 *
 * @param id the call id; nullable (then the body is invalid)
 * @param campaignId the campaign's id; nullable
 * @param to the number; nullable
 * @param status {@code queued}, {@code scheduled} or another value, as written; nullable
 * @param scheduledAt ISO-8601 instant as written; nullable
 * @param createdAt ISO-8601 instant as written; nullable
 * @param unknownFields members the record does not name, kept as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CampaignCallDto(
    String id,
    String campaignId,
    String to,
    String status,
    String scheduledAt,
    String createdAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
