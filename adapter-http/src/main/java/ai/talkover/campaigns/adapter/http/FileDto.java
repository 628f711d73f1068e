package ai.talkover.campaigns.adapter.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One entry of Get Campaign's {@code files}; the status stays a string (unknown values are kept).
 *
 * @param id the file id; nullable
 * @param originalFilename the uploaded name; nullable
 * @param processedFilename the processed name; nullable
 * @param status the file status as written; nullable
 * @param totalRecords records in the file; nullable
 * @param processedRecords records processed; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record FileDto(
    String id,
    String originalFilename,
    String processedFilename,
    String status,
    Integer totalRecords,
    Integer processedRecords) {}
