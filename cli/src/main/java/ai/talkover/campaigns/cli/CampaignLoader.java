package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.nio.file.Path;

/** Where the command-line tool gets its campaign: a saved body, or the API. */
interface CampaignLoader {

  /**
   * Reads a saved Get Campaign body, with or without the {@code {"success":true,"data":…}} envelope.
   *
   * @param file the file
   * @return the campaign
   * @throws CliUsageException when the file cannot be read or is not a campaign
   * @throws ai.talkover.campaigns.domain.campaign.InvalidCampaignException when the campaign is invalid
   */
  Campaign fromFile(Path file);

  /**
   * Fetches a campaign through the cached, resilient adapter configured from the environment.
   *
   * @param id the campaign id
   * @return the campaign
   * @throws ai.talkover.campaigns.application.port.out.CampaignQueryException when the API fails
   * @throws CliUsageException when the environment lacks the token
   */
  Campaign fromApi(String id);
}
