package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code eligibility}: one decision for one number. */
@Command(name = "eligibility", mixinStandardHelpOptions = true,
    description = "Decide whether one number may be called now and, if not, exactly when.")
final class EligibilityCommand implements Callable<Integer> {

  @ParentCommand
  TalkoverCli root;

  @Mixin
  CampaignOptions campaign;

  @Option(names = "--to", paramLabel = "NUMBER", required = true,
      description = "The number, E.164 (spaces, dashes, dots and parentheses allowed).")
  String to;

  @Mixin
  DncFile.Option dnc;

  @Option(names = "--enqueued-at", paramLabel = "INSTANT",
      description = "When the contact entered the campaign (ISO-8601), for the initial call delay.")
  String enqueuedAt;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Mixin
  PolicyOptions policies;

  @Override
  public Integer call() {
    PhoneNumber number;
    try {
      number = PhoneNumber.parse(to);
    } catch (InvalidPhoneNumberException e) {
      throw new CliUsageException("--to: " + e.getMessage(), e);
    }
    Instant enqueued = enqueuedAt == null ? null : CampaignOptions.parseInstant("--enqueued-at", enqueuedAt);
    Instant now = campaign.now(root.context.clock());
    Rules rules = new Rules(policies.policies(), dnc.list());
    try (CampaignSession session = root.open(campaign.source, rules)) {
      Decision decision = session.decide(Contact.of(number).withEnqueuedAt(enqueued), now);
      PrintWriter out = root.context.out();
      if (json) {
        out.println(JsonOutput.decision(number, decision));
      } else {
        print(out, number, decision, now, session.campaign().window().zone());
      }
    }
    return TalkoverCli.OK;
  }

  static void print(PrintWriter out, PhoneNumber number, Decision d, Instant now, ZoneId zone) {
    out.println(number + ": " + (d.callable() ? "callable now" : "not callable now"));
    out.println("  now:            " + Formats.local(now, zone) + " (" + now.atOffset(ZoneOffset.UTC).toInstant() + ")");
    if (d.nextEligibleAt().isPresent()) {
      Instant next = d.nextEligibleAt().get();
      out.println("  next eligible:  " + Formats.local(next, zone) + " (" + next + "), "
          + Formats.relative(now, next));
    } else {
      out.println("  next eligible:  none" + (d.isBlocked() ? " (blocked)" : ""));
    }
    out.println("  reasons:        " + Formats.reasons(d));
  }
}
