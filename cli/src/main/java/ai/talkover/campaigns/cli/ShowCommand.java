package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.campaign.Agent;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignFile;
import ai.talkover.campaigns.domain.campaign.CampaignStats;
import ai.talkover.campaigns.domain.campaign.CooldownPolicy;
import ai.talkover.campaigns.domain.campaign.DncPolicy;
import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code show}: the campaign as a person wants to read it. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Show the campaign: schedule in words, policies, calls, files, stats.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand
  TalkoverCli root;

  @ArgGroup(exclusive = true, multiplicity = "1")
  CampaignOptions.Source source;

  @Option(names = "--json", description = "Print the campaign as one JSON object.")
  boolean json;

  /** The fixed order in which outcome cooldowns are shown. */
  private static final List<CallStatus.Group> OUTCOMES = List.of(CallStatus.Group.COMPLETED,
      CallStatus.Group.VOICEMAIL, CallStatus.Group.NO_ANSWER, CallStatus.Group.BUSY,
      CallStatus.Group.FAILED);

  @Override
  public Integer call() {
    CampaignOptions options = new CampaignOptions();
    options.source = source;
    Campaign c = root.load(options);
    PrintWriter out = root.context.out();
    if (json) {
      out.println(JsonOutput.pretty(toJson(c)));
    } else {
      print(out, c);
    }
    return TalkoverCli.OK;
  }

  static void print(PrintWriter out, Campaign c) {
    ZoneId zone = c.window().zone();
    out.println("Campaign " + c.id() + c.name().map(n -> " - " + n).orElse(""));
    c.description().ifPresent(d -> out.println("  " + d));
    out.println("  status: " + c.status().map(Object::toString).orElse("(none)")
        + (c.isActive() ? "" : " (not active: no calls are made)")
        + "   type: " + c.type().map(Object::toString).orElse("(none)")
        + "   agent: " + agent(c));
    out.println();
    out.println("Schedule");
    out.println("  " + Formats.days(c.window().days()) + ", "
        + c.window().ranges().stream().map(ShowCommand::range).collect(Collectors.joining(" and "))
        + " (" + zone + " local time)");
    out.println("  " + c.window().startDate().map(d -> "from " + d).orElse("no start date") + ", "
        + c.window().endDate().map(d -> "until " + d + " inclusive").orElse("no end date"));
    out.println();
    RetryPolicy retry = c.retryPolicy();
    out.println("Retries");
    out.println("  up to " + retry.maxRetries() + " retries (" + retry.maxAttempts()
        + " attempts per contact); first call " + seconds(retry.initialCallDelay())
        + " after a contact is enqueued");
    out.println("  completed calls are " + (retry.retryOnNoConversion() ? "" : "not ")
        + "retried (retry_on_no_conversion " + retry.retryOnNoConversion() + ")");
    if (retry.postCompletionCooldownEnabled() != null || retry.postCompletionCooldown() != null) {
      out.println("  post-completion cooldown: "
          + (Boolean.TRUE.equals(retry.postCompletionCooldownEnabled()) ? "enabled" : "disabled")
          + (retry.postCompletionCooldown() == null ? "" : ", " + Formats.hours(retry.postCompletionCooldown())));
    }
    CooldownPolicy cooldowns = c.cooldownPolicy();
    out.println("  cooldown after: " + OUTCOMES.stream()
        .map(g -> label(g) + " " + Formats.hours(cooldowns.after(g))
            + (cooldowns.configured(g).isPresent() ? "" : "*"))
        .collect(Collectors.joining(", "))
        + ", other " + Formats.hours(cooldowns.retryCooldown()));
    if (OUTCOMES.stream().anyMatch(g -> cooldowns.configured(g).isEmpty())) {
      out.println("  (* = not set, falls back to retry_cooldown_hours)");
    }
    out.println();
    DncPolicy dnc = c.dncPolicy();
    out.println("Do-not-call");
    if (!dnc.enabled()) {
      out.println("  disabled");
    } else {
      out.println("  enabled; list source " + (dnc.listSource() == null ? "(none)" : dnc.listSource())
          + "; custom list: " + (dnc.customList().isEmpty() ? "none" : String.join(", ", dnc.customList())));
      out.println("  auto-add " + (dnc.autoAddEnabled()
          ? "on statuses " + list(dnc.triggerStatuses()) + " and errors " + list(dnc.triggerErrors())
          : "disabled"));
    }
    out.println();
    out.println("Calls (" + c.calls().size() + ")");
    if (!c.calls().isEmpty()) {
      out.println("  " + Formats.pad("ID", 14) + "  " + Formats.pad("TO", 16) + "  "
          + Formats.pad("STATUS", 12) + "  " + Formats.pad("RETRIES", 7) + "  CREATED (" + zone + ")");
      for (CallRecord call : c.calls()) {
        out.println("  " + Formats.pad(String.valueOf(call.id()), 14) + "  "
            + Formats.pad(String.valueOf(call.to()) + (call.number().isPresent() ? "" : " (invalid)"), 16)
            + "  " + Formats.pad(call.attempt().status().value(), 12) + "  "
            + Formats.pad(String.valueOf(call.attempt().retries()), 7) + "  "
            + Formats.local(call.attempt().at(), zone)
            + call.attempt().error().map(e -> "  error " + e).orElse("")
            + otherFields("  ", call.unknownFields()));
      }
    }
    if (!c.unreadableCalls().isEmpty()) {
      out.println("  " + c.unreadableCalls().size() + " more entries to invalid numbers are not readable"
          + " attempts (kept, matched to no contact): ids " + c.unreadableCalls().stream()
              .map(u -> String.valueOf(u.id())).collect(Collectors.joining(", ")));
    }
    out.println();
    out.println("Files (" + c.files().size() + ")");
    for (CampaignFile f : c.files()) {
      out.println("  " + f.originalFilename() + " (" + f.status() + "): " + f.processedRecords() + " of "
          + f.totalRecords() + " records processed" + (f.id() == null ? "" : ", id " + f.id())
          + otherFields("; ", f.unknownFields()));
    }
    c.stats().ifPresent(s -> {
      out.println();
      out.println("Stats");
      out.println("  " + stats(s) + otherFields("; ", s.unknownFields()));
    });
    out.println();
    out.println("Created " + c.createdAt().map(Object::toString).orElse("(unknown)") + ", updated "
        + c.updatedAt().map(Object::toString).orElse("(unknown)"));
    if (!c.unknownFields().isEmpty()) {
      out.println("Other fields: " + names(c.unknownFields()));
    }
  }

  /** {@code separator + "other fields: a, b"}, or nothing when there are none. */
  private static String otherFields(String separator, Map<String, Object> unknownFields) {
    return unknownFields.isEmpty() ? "" : separator + "other fields: " + names(unknownFields);
  }

  private static String names(Map<String, Object> unknownFields) {
    return unknownFields.keySet().stream().sorted().collect(Collectors.joining(", "));
  }

  private static String agent(Campaign c) {
    Agent a = c.agent().orElse(null);
    if (a == null) {
      return c.agentId().orElse("(none)");
    }
    return (a.name() == null ? "" : a.name() + " ") + "(" + (a.id() == null ? c.agentId().orElse("?") : a.id()) + ")";
  }

  private static String range(TimeRange r) {
    return r.start() + "-" + r.end();
  }

  private static String seconds(Duration d) {
    return d.isZero() ? "immediately" : d.toSeconds() + " s";
  }

  private static String label(CallStatus.Group g) {
    switch (g) {
      case COMPLETED:
        return "success";
      case NO_ANSWER:
        return "no answer";
      default:
        return g.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String list(List<String> values) {
    return values.isEmpty() ? "(none)" : String.join(", ", values);
  }

  private static String stats(CampaignStats s) {
    return "total calls " + s.totalCalls() + ", completed " + s.completedCalls() + ", failed "
        + s.failedCalls() + ", success rate " + (s.successRate() == null ? "?" : s.successRate() + " %")
        + (s.averageDurationSeconds() == null ? "" : ", average duration " + s.averageDurationSeconds() + " s");
  }

  static ObjectNode toJson(Campaign c) {
    ObjectNode root = JsonOutput.MAPPER.createObjectNode();
    root.put("id", c.id().value());
    root.put("name", c.name().orElse(null));
    root.put("description", c.description().orElse(null));
    root.put("status", c.status().map(Object::toString).orElse(null));
    root.put("active", c.isActive());
    root.put("campaign_type", c.type().map(Object::toString).orElse(null));
    root.put("agent_id", c.agentId().orElse(null));
    c.agent().ifPresent(a -> {
      ObjectNode agent = root.putObject("agent");
      agent.put("id", a.id());
      agent.put("name", a.name());
      agent.put("label", a.label());
      JsonOutput.putUnknownFields(agent, a.unknownFields());
    });
    ObjectNode schedule = root.putObject("schedule");
    schedule.put("timezone", c.window().zone().getId());
    ArrayNode days = schedule.putArray("days_of_week");
    for (DayOfWeek d : c.window().days()) {
      days.add(d.getValue());
    }
    schedule.put("days_in_words", Formats.days(c.window().days()));
    ArrayNode ranges = schedule.putArray("call_time_ranges");
    List<TimeRange> windowRanges = c.window().ranges();
    for (int i = 0; i < windowRanges.size(); i++) {
      ObjectNode n = ranges.addObject();
      n.put("start", windowRanges.get(i).start().toString());
      n.put("end", windowRanges.get(i).end().toString());
      JsonOutput.putUnknownFields(n, c.callTimeRangeUnknownFields().get(i));
    }
    schedule.put("start_date", c.window().startDate().map(Object::toString).orElse(null));
    schedule.put("end_date", c.window().endDate().map(Object::toString).orElse(null));
    RetryPolicy retry = c.retryPolicy();
    ObjectNode r = root.putObject("retry_policy");
    r.put("max_retries", retry.maxRetries());
    r.put("max_attempts", retry.maxAttempts());
    r.put("initial_call_delay_seconds", retry.initialCallDelay().toSeconds());
    r.put("retry_on_no_conversion", retry.retryOnNoConversion());
    r.put("auto_complete", retry.autoComplete());
    r.put("enable_post_completion_cooldown", retry.postCompletionCooldownEnabled());
    if (retry.postCompletionCooldown() == null) {
      r.putNull("post_completion_cooldown_hours");
    } else {
      r.put("post_completion_cooldown_hours", retry.postCompletionCooldown().toHours());
    }
    ObjectNode cd = root.putObject("cooldown_hours");
    CooldownPolicy cooldowns = c.cooldownPolicy();
    cd.put("retry", cooldowns.retryCooldown().toHours());
    for (CallStatus.Group g : OUTCOMES) {
      cd.put(CooldownPolicy.fieldOf(g).replace("_cooldown_hours", ""), cooldowns.after(g).toHours());
    }
    DncPolicy dnc = c.dncPolicy();
    ObjectNode d = root.putObject("do_not_call");
    d.put("enabled", dnc.enabled());
    d.put("list_source", dnc.listSource() == null ? null : dnc.listSource().value());
    d.set("custom_list", strings(dnc.customList()));
    d.put("auto_add_enabled", dnc.autoAddEnabled());
    d.set("trigger_statuses", strings(dnc.triggerStatuses()));
    d.set("trigger_errors", strings(dnc.triggerErrors()));
    ArrayNode calls = root.putArray("calls");
    for (CallRecord call : c.calls()) {
      ObjectNode n = calls.addObject();
      n.put("id", call.id());
      n.put("to", call.to());
      n.put("valid_number", call.number().isPresent());
      n.put("status", call.attempt().status().value());
      n.put("status_group", call.attempt().status().group().name());
      n.put("retries", call.attempt().retries());
      n.put("created_at", call.attempt().at().toString());
      n.put("error", call.attempt().error().orElse(null));
      JsonOutput.putUnknownFields(n, call.unknownFields());
    }
    if (!c.unreadableCalls().isEmpty()) {
      ArrayNode unreadable = root.putArray("unreadable_calls");
      for (Campaign.CallInput u : c.unreadableCalls()) {
        ObjectNode n = unreadable.addObject();
        n.put("id", u.id());
        n.put("to", u.to());
        n.put("status", u.status());
        n.put("retries", u.retries());
        n.put("created_at", u.createdAt());
        n.put("error", u.error());
      }
    }
    ArrayNode files = root.putArray("files");
    for (CampaignFile f : c.files()) {
      ObjectNode n = files.addObject();
      n.put("id", f.id());
      n.put("original_filename", f.originalFilename());
      n.put("processed_filename", f.processedFilename());
      n.put("status", f.status());
      n.put("total_records", f.totalRecords());
      n.put("processed_records", f.processedRecords());
      JsonOutput.putUnknownFields(n, f.unknownFields());
    }
    c.stats().ifPresent(s -> {
      ObjectNode n = root.putObject("stats");
      n.put("total_calls", s.totalCalls());
      n.put("completed_calls", s.completedCalls());
      n.put("failed_calls", s.failedCalls());
      n.put("success_rate", s.successRate());
      n.put("average_duration", s.averageDurationSeconds());
      JsonOutput.putUnknownFields(n, s.unknownFields());
    });
    root.put("created_at", c.createdAt().map(Object::toString).orElse(null));
    root.put("updated_at", c.updatedAt().map(Object::toString).orElse(null));
    root.set("unknown_fields", JsonOutput.unknownFields(c.unknownFields()));
    return root;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = JsonOutput.MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
