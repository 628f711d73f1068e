package ai.talkover.campaigns.domain.campaign;

import java.util.Map;

/**
 * A contact file uploaded to the campaign, as shown by Get Campaign. Read-only information.
 * Immutable and thread-safe.
 *
 * @param id the file id; nullable
 * @param originalFilename the uploaded name; nullable
 * @param processedFilename the processed name; nullable
 * @param status {@code uploading}, {@code processing}, {@code processed}, {@code failed} or a value
 *     the docs do not list, kept as written; nullable
 * @param totalRecords records in the file; nullable
 * @param processedRecords records processed so far; nullable
 * @param unknownFields members of the API's {@code files[]} entry that this library does not model,
 *     as plain Java values (String, Number, Boolean, List, Map or null); {@code null} is read as
 *     none. Kept as an unmodifiable copy in input order (nested lists and maps are unmodifiable
 *     copies too); never {@code null}
 */
public record CampaignFile(
    String id,
    String originalFilename,
    String processedFilename,
    String status,
    Integer totalRecords,
    Integer processedRecords,
    Map<String, Object> unknownFields) {

  /** Copies {@code unknownFields}. */
  public CampaignFile {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * A file without unknown members.
   *
   * @param id the file id; nullable
   * @param originalFilename the uploaded name; nullable
   * @param processedFilename the processed name; nullable
   * @param status the file status as written; nullable
   * @param totalRecords records in the file; nullable
   * @param processedRecords records processed so far; nullable
   */
  public CampaignFile(String id, String originalFilename, String processedFilename, String status,
      Integer totalRecords, Integer processedRecords) {
    this(id, originalFilename, processedFilename, status, totalRecords, processedRecords, Map.of());
  }
}
