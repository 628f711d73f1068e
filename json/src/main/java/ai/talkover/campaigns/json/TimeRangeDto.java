package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One entry of {@code call_time_ranges} (Create/Update shape), times as written ({@code HH:MM}).
 *
 * @param start the start; nullable
 * @param end the end; nullable
 * @param unknownFields the members the record does not name, as plain Java values (String, Number,
 *     Boolean, List, Map or null), collected as in {@link CampaignDto}; nullable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimeRangeDto(String start, String end, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
