package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/**
 * The {@code --json} output of {@code call}: one object with {@code "outcome"} ({@code placed},
 * {@code would_place}, {@code refused}, {@code duplicate} or {@code outcome_unknown}) and {@code to},
 * then the outcome's own members; instants are ISO-8601 UTC, absent values {@code null}. A call
 * object carries {@code "unknown_fields"} when the API sent members the library does not model.
 */
final class OutcomeJson {

  private OutcomeJson() {}

  static String of(PhoneNumber to, CallOutcome outcome) {
    ObjectNode node = JsonOutput.MAPPER.createObjectNode();
    if (outcome instanceof CallOutcome.Placed p) {
      node.put("outcome", "placed");
      node.put("to", to.e164());
      call(node.putObject("call"), p.call());
      if (p.warning() == null) {
        node.putNull("warning");
      } else {
        ObjectNode w = node.putObject("warning");
        instant(w, "scheduled_at", p.warning().scheduledAt());
        reasons(w, p.warning().reasons());
        instant(w, "next_allowed_at", p.warning().nextAllowedAt());
      }
    } else if (outcome instanceof CallOutcome.Refused r) {
      node.put("outcome", "refused");
      node.put("to", to.e164());
      node.put("cause", r.cause().name());
      decision(node, r.decision());
    } else if (outcome instanceof CallOutcome.Duplicate d) {
      node.put("outcome", "duplicate");
      node.put("to", to.e164());
      if (d.existingCall() == null) {
        node.putNull("existing_call");
      } else {
        call(node.putObject("existing_call"), d.existingCall());
      }
    } else {
      CallOutcome.OutcomeUnknown u = (CallOutcome.OutcomeUnknown) outcome;
      node.put("outcome", "outcome_unknown");
      node.put("to", to.e164());
      instant(node, "started_at", u.startedAt());
      instant(node, "hold_until", u.holdUntil());
      node.put("failure", TalkoverCli.oneLine(u.failure()));
    }
    return JsonOutput.write(node);
  }

  static String dryRun(PhoneNumber to, Decision decision) {
    ObjectNode node = JsonOutput.MAPPER.createObjectNode();
    node.put("outcome", decision.callable() ? "would_place" : "refused");
    node.put("to", to.e164());
    if (!decision.callable()) {
      node.put("cause", CallOutcome.Refused.Cause.RULES.name());
    }
    decision(node, decision);
    return JsonOutput.write(node);
  }

  private static void decision(ObjectNode node, Decision d) {
    node.put("callable", d.callable());
    instant(node, "next_eligible_at", d.nextEligibleAt().orElse(null));
    reasons(node, d.reasons());
  }

  private static void call(ObjectNode node, QueuedCall c) {
    node.put("id", c.id());
    node.put("campaign_id", c.campaignId());
    node.put("to", c.to());
    node.put("status", c.status());
    instant(node, "scheduled_at", c.scheduledAt());
    instant(node, "created_at", c.createdAt());
    JsonOutput.putUnknownFields(node, c.unknownFields());
  }

  private static void reasons(ObjectNode node, Set<Reason> reasons) {
    ArrayNode a = node.putArray("reasons");
    reasons.forEach(r -> a.add(r.name()));
  }

  private static void instant(ObjectNode node, String field, Instant at) {
    if (at == null) {
      node.putNull(field);
    } else {
      node.put(field, at.toString());
    }
  }
}
