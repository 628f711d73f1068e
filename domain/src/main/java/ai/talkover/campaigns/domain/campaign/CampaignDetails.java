package ai.talkover.campaigns.domain.campaign;

import java.time.Instant;
import java.util.List;

/**
 * The parts of a {@link Campaign} that a person reads and no rule does: its name, description, type,
 * agent, contact files, statistics and timestamps, as {@link Campaign}'s accessors return them.
 * Immutable and thread-safe.
 *
 * @param name the campaign name; nullable
 * @param description its description; nullable
 * @param type its type; nullable
 * @param agentId its agent id; nullable
 * @param agent the agent block; nullable
 * @param files the contact files; {@code null} is read as none; kept as an unmodifiable copy
 * @param stats the statistics; nullable
 * @param createdAt when it was created; nullable
 * @param updatedAt when it was last updated; nullable
 */
record CampaignDetails(String name, String description, CampaignType type, String agentId,
    Agent agent, List<CampaignFile> files, CampaignStats stats, Instant createdAt,
    Instant updatedAt) {

  /** Copies {@code files}. */
  CampaignDetails {
    files = files == null ? List.of() : List.copyOf(files);
  }
}
