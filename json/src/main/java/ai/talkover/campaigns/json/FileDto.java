package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * One entry of Get Campaign's {@code files}; the status stays a string (unknown values are kept).
 *
 * @param id the file id; nullable
 * @param originalFilename the uploaded name; nullable
 * @param processedFilename the processed name; nullable
 * @param status the file status as written; nullable
 * @param totalRecords records in the file; nullable
 * @param processedRecords records processed; nullable
 * @param unknownFields the members the record does not name, as plain Java values (String, Number,
 *     Boolean, List, Map or null), collected as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record FileDto(
    String id,
    String originalFilename,
    String processedFilename,
    String status,
    Integer totalRecords,
    Integer processedRecords,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
