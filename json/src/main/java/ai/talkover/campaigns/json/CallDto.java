package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One entry of Get Campaign's {@code calls}. The status stays a string (unknown values are kept);
 * the instant stays a string so that the domain names {@code calls[i].created_at} when it is wrong.
 *
 * @param id the call id; nullable
 * @param to the number called; nullable
 * @param status the call status as written; nullable
 * @param retries retry attempts made; nullable
 * @param createdAt ISO-8601 instant as written; nullable
 * @param error the call's error code as written; nullable
 * @param unknownFields the members the record does not name, as plain Java values (String, Number,
 *     Boolean, List, Map or null), collected as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallDto(
    String id,
    String to,
    String status,
    Integer retries,
    String createdAt,
    String error,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
