package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Make Campaign Call's request body (API spec §3.8), read and written. Absent members are left out
 * when written.
 *
 * @param to the number to call; nullable
 * @param payload the prompt's replacement variables; nullable
 * @param context data echoed in the call's webhooks; nullable
 * @param isTesting whether the call is a test call; nullable (the API's default: false)
 * @param allowDuplicates whether a second active call to {@code to} is allowed; nullable (false)
 * @param unknownFields members the record does not name, kept as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallRequestDto(
    String to,
    Map<String, Object> payload,
    Map<String, Object> context,
    Boolean isTesting,
    Boolean allowDuplicates,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
