package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code status}: set a campaign's status, checked against the documented transitions first. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Set a campaign's status (draft -> active|cancelled; active -> paused|completed|"
        + "cancelled; paused -> active|completed|cancelled; completed and cancelled are final).")
final class StatusCommand implements Callable<Integer> {

  @ParentCommand
  TalkoverCli root;

  @Option(names = "--campaign-id", paramLabel = "ID", required = true,
      description = "The campaign (uses TALKOVER_API_TOKEN and TALKOVER_BASE_URL).")
  String campaignId;

  @Option(names = "--set", paramLabel = "STATUS", required = true,
      description = "draft, active, paused, completed or cancelled.")
  String set;

  @Override
  public Integer call() {
    var id = CallCommand.campaignId(campaignId);
    CampaignStatus.Known target = new CampaignStatus(set.trim()).known()
        .orElseThrow(() -> new CliUsageException("--set: '" + set
            + "' is not one of draft, active, paused, completed, cancelled"));
    try (TalkoverCampaigns talkover = root.context.loader().connect(Rules.NONE, CallCommand.MISSING_TOKEN)) {
      StatusChange change = talkover.statusUpdates().updateStatus(id, target);
      root.context.out().println("campaign " + change.campaignId() + ": status "
          + change.status().value().toLowerCase(Locale.ROOT)
          + (change.updatedAt() == null ? "" : " (updated " + change.updatedAt() + ")"));
      return TalkoverCli.OK;
    }
  }
}
