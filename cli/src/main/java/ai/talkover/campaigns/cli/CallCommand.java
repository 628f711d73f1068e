package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code call}: queue one call through the compliance gate. Exit codes: 0 placed (with
 * {@code --dry-run}: would be placed), 4 refused, 5 duplicate, 6 outcome unknown; 2 invalid input and
 * 3 API failure as for every command.
 */
@Command(name = "call", mixinStandardHelpOptions = true,
    description = "Queue one call under a campaign, only if the rules and policies allow it now"
        + " (decided on a fresh read; never sent twice blind).")
final class CallCommand implements Callable<Integer> {

  /** What {@code call} and {@code status} print when the token is not set. */
  static final String MISSING_TOKEN = "--campaign-id: set " + TalkoverCampaigns.TOKEN_VARIABLE
      + " to reach the API";

  @ParentCommand
  TalkoverCli root;

  @Option(names = "--campaign-id", paramLabel = "ID", required = true,
      description = "The campaign (uses TALKOVER_API_TOKEN and TALKOVER_BASE_URL).")
  String campaignId;

  @Option(names = "--to", paramLabel = "NUMBER", required = true,
      description = "The number, E.164 (spaces, dashes, dots and parentheses allowed).")
  String to;

  @Option(names = "--payload", paramLabel = "JSON",
      description = "Prompt variables, a JSON object, e.g. '{\"customer_name\":\"Ann\"}'.")
  String payload;

  @Option(names = "--context", paramLabel = "JSON",
      description = "Data echoed in every webhook event of the call, a JSON object.")
  String context;

  @Option(names = "--testing", description = "A test call (no billing credits, left out of analytics).")
  boolean testing;

  @Option(names = "--dry-run", description = "Decide on fresh data, but send nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the outcome as one JSON object.")
  boolean json;

  @Mixin
  DncFile.Option dnc;

  @Mixin
  PolicyOptions policies;

  @Override
  public Integer call() {
    CampaignId id = campaignId(campaignId);
    PhoneNumber number;
    try {
      number = PhoneNumber.parse(to);
    } catch (InvalidPhoneNumberException e) {
      throw new CliUsageException("--to: " + e.getMessage(), e);
    }
    CallDetails details = CallDetails.none()
        .withPayload(object("--payload", payload))
        .withContext(object("--context", context))
        .withTesting(testing);
    Rules rules = new Rules(policies.policies(), dnc.list());
    PrintWriter out = root.context.out();
    PrintWriter err = root.context.err();
    try (TalkoverCampaigns talkover = root.context.loader().connect(rules, MISSING_TOKEN)) {
      Contact contact = Contact.of(number);
      if (dryRun) {
        Decision d = talkover.calls().wouldCall(id, contact);
        if (json) {
          out.println(OutcomeJson.dryRun(number, d));
        } else if (d.callable()) {
          out.println(number + ": would be placed now (dry run, nothing sent)");
        } else {
          err.println(number + ": refused: " + Formats.reasons(d) + next(d));
        }
        return d.callable() ? TalkoverCli.OK : TalkoverCli.REFUSED;
      }
      CallOutcome outcome = talkover.calls().callIfEligible(id, contact, details);
      if (json) {
        out.println(OutcomeJson.of(number, outcome));
      } else {
        describe(number, outcome, out, err);
      }
      return exitCode(outcome);
    }
  }

  static int exitCode(CallOutcome outcome) {
    if (outcome instanceof CallOutcome.Placed) {
      return TalkoverCli.OK;
    }
    if (outcome instanceof CallOutcome.Refused) {
      return TalkoverCli.REFUSED;
    }
    if (outcome instanceof CallOutcome.Duplicate) {
      return TalkoverCli.DUPLICATE;
    }
    return TalkoverCli.OUTCOME_UNKNOWN;
  }

  private static void describe(PhoneNumber number, CallOutcome outcome, PrintWriter out,
      PrintWriter err) {
    if (outcome instanceof CallOutcome.Placed p) {
      out.println(number + ": placed call " + p.call().id() + " (" + p.call().status() + ")"
          + (p.call().scheduledAt() == null ? "" : ", scheduled at " + p.call().scheduledAt()));
      if (p.warning() != null) {
        out.println("  warning: scheduled_at " + p.warning().scheduledAt()
            + " is outside the allowed instants (" + String.join(", ",
                p.warning().reasons().stream().map(Enum::name).toList()) + ")"
            + (p.warning().nextAllowedAt() == null ? ""
                : "; next allowed " + p.warning().nextAllowedAt()));
      }
    } else if (outcome instanceof CallOutcome.Refused r) {
      err.println(number + ": refused (" + r.cause().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ') + "): " + Formats.reasons(r.decision()) + next(r.decision()));
    } else if (outcome instanceof CallOutcome.Duplicate d) {
      err.println(number + ": duplicate: the campaign already has an active or queued call"
          + (d.existingCall() == null ? "" : " (" + d.existingCall().id() + ")"));
    } else {
      CallOutcome.OutcomeUnknown u = (CallOutcome.OutcomeUnknown) outcome;
      err.println(number + ": outcome unknown, the number is held until " + u.holdUntil() + ": "
          + TalkoverCli.oneLine(u.failure()));
    }
  }

  private static String next(Decision d) {
    return d.nextEligibleAt().map(at -> "; next eligible " + at).orElse("");
  }

  static CampaignId campaignId(String id) {
    try {
      return CampaignId.of(id);
    } catch (IllegalArgumentException e) {
      throw new CliUsageException("--campaign-id: '" + id + "' is blank");
    }
  }

  private static Map<String, Object> object(String flag, String text) {
    if (text == null) {
      return Map.of();
    }
    JsonNode node;
    try {
      node = JsonOutput.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CliUsageException(flag + ": not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new CliUsageException(flag + ": must be a JSON object, e.g. '{\"key\":\"value\"}'");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = JsonOutput.MAPPER.convertValue(node, LinkedHashMap.class);
    return map;
  }
}
