package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A campaign object as the API writes it, in either shape: Get/List ({@code earliest_call_time} /
 * {@code latest_call_time} as {@code HH:MM:SS}, {@code calls}, {@code files}, {@code stats}) or
 * Create/Update ({@code call_time_ranges} as {@code HH:MM}, {@code end_date}). Every field is optional;
 * enum-like fields, dates, times and instants stay strings so that the domain's validation reports
 * them under their JSON names. Members the record does not name are collected in
 * {@link #unknownFields()} as plain Java values (String, Number, Boolean, List, Map or null) by
 * Jackson's {@link JsonAnySetter} on the record component; every nested DTO ({@link AgentDto},
 * {@link StatsDto}, {@link CallDto}, {@link FileDto}, {@link TimeRangeDto}) and {@link PaginationDto}
 * collects its own unknown members the same way, so all of them get the same value types. Jackson
 * gives them in no particular order; {@link CampaignMapper#unknownFields(Map)} sorts them by name.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CampaignDto(
    String id,
    String name,
    String description,
    String status,
    String campaignType,
    String agentId,
    AgentDto agent,
    String startDate,
    String endDate,
    List<Integer> daysOfWeek,
    List<TimeRangeDto> callTimeRanges,
    String earliestCallTime,
    String latestCallTime,
    String timezone,
    Integer initialCallDelay,
    Integer maxRetries,
    Integer retryCooldownHours,
    Boolean autoComplete,
    Boolean retryOnNoConversion,
    Boolean enablePostCompletionCooldown,
    Integer postCompletionCooldownHours,
    Integer successCooldownHours,
    Integer voicemailCooldownHours,
    Integer noAnswerCooldownHours,
    Integer busyCooldownHours,
    Integer failedCooldownHours,
    Boolean doNotCallEnabled,
    String doNotCallListSource,
    List<String> doNotCallCustomList,
    Boolean autoAddToDncEnabled,
    List<String> autoDncTriggerStatuses,
    List<String> autoDncTriggerErrors,
    List<CallDto> calls,
    List<FileDto> files,
    StatsDto stats,
    String createdAt,
    String updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
