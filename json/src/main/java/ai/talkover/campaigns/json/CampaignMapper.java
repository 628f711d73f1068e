package ai.talkover.campaigns.json;

import ai.talkover.campaigns.domain.campaign.Agent;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignFile;
import ai.talkover.campaigns.domain.campaign.CampaignStats;
import java.util.Map;
import java.util.TreeMap;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the wire DTOs into the domain through {@link Campaign#builder()}, so that every campaign read
 * from the API passes the domain's validation on the way in; and the domain's records back into
 * DTOs, for {@link CampaignToDto}. Stateless and thread-safe.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR)
interface CampaignMapper {

  /**
   * Builds and validates a campaign.
   *
   * @param dto the campaign as read; not {@code null}
   * @return the campaign
   * @throws ai.talkover.campaigns.domain.campaign.InvalidCampaignException listing every violation
   */
  Campaign toCampaign(CampaignDto dto);

  /**
   * @param dto a range as read; nullable
   * @return the domain input, or {@code null}
   */
  Campaign.TimeRangeInput toTimeRange(TimeRangeDto dto);

  /**
   * @param dto a call as read; nullable
   * @return the domain input, or {@code null}
   */
  Campaign.CallInput toCall(CallDto dto);

  /**
   * @param dto a file as read; nullable
   * @return the domain file, or {@code null}
   */
  CampaignFile toFile(FileDto dto);

  /**
   * @param dto the agent block as read; nullable
   * @return the domain agent, or {@code null}
   */
  Agent toAgent(AgentDto dto);

  /**
   * @param dto the stats block as read; nullable
   * @return the domain stats, or {@code null}
   */
  @Mapping(target = "averageDurationSeconds", source = "averageDuration")
  CampaignStats toStats(StatsDto dto);

  // ------------------------------------------------------------ domain to wire (writing)

  /**
   * @param agent a domain agent; nullable
   * @return the DTO, or {@code null}
   */
  AgentDto fromAgent(Agent agent);

  /**
   * @param file a domain file; nullable
   * @return the DTO, or {@code null}
   */
  FileDto fromFile(CampaignFile file);

  /**
   * @param stats domain stats; nullable
   * @return the DTO, or {@code null}
   */
  @Mapping(target = "averageDuration", source = "averageDurationSeconds")
  StatsDto fromStats(CampaignStats stats);

  /**
   * @param call an entry of {@code calls[]} kept as the API wrote it; nullable
   * @return the DTO, or {@code null}
   */
  CallDto fromCall(Campaign.CallInput call);

  /**
   * The unknown members of one JSON object (campaign, nested object or pagination block), sorted by
   * name. MapStruct uses it for every {@code unknownFields} component. Jackson 2 collects the members
   * of a record's {@code @JsonAnySetter} component into a {@code HashMap}, which loses their JSON
   * order (jackson-databind issue 5353); sorting gives every reader one stable order. Values are
   * left as Jackson read them (nested objects keep their JSON order).
   *
   * @param members the members as collected; nullable
   * @return a sorted copy, or {@code null} for {@code null} or none (the domain reads it as none)
   */
  default Map<String, Object> unknownFields(Map<String, Object> members) {
    return members == null || members.isEmpty() ? null : new TreeMap<>(members);
  }
}
