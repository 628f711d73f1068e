package ai.talkover.campaigns.domain;

/**
 * A contact file uploaded to the campaign, as shown by Get Campaign. Read-only information.
 *
 * @param id the file id; nullable
 * @param originalFilename the uploaded name; nullable
 * @param processedFilename the processed name; nullable
 * @param status {@code uploading}, {@code processing}, {@code processed}, {@code failed} or a value
 *     the docs do not list, kept as written; nullable
 * @param totalRecords records in the file; nullable
 * @param processedRecords records processed so far; nullable
 */
public record CampaignFile(
    String id,
    String originalFilename,
    String processedFilename,
    String status,
    Integer totalRecords,
    Integer processedRecords) {}
