package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import java.nio.file.Path;

/** Where the command-line tool gets its campaigns: a saved body, or the API. */
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
   * The wired client (cached, resilient) configured from the environment, with the command's rules.
   * The caller closes it.
   *
   * @param rules the policies and do-not-call list the client's use cases apply
   * @param missingToken the one line to print when {@code TALKOVER_API_TOKEN} is not set
   * @return the client
   * @throws CliUsageException when the environment lacks the token or holds an invalid setting (the
   *     message names the variable)
   */
  TalkoverCampaigns connect(Rules rules, String missingToken);
}
