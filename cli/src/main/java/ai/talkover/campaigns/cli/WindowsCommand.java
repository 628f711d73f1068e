package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.schedule.Interval;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code windows}: the open call windows of the next days, listed and charted. */
@Command(name = "windows", mixinStandardHelpOptions = true,
    description = "List the open call windows of the next N days, in the campaign zone and in UTC,"
        + " and chart them day by hour.")
final class WindowsCommand implements Callable<Integer> {

  @ParentCommand
  TalkoverCli root;

  @Mixin
  CampaignOptions campaign;

  @Option(names = "--days", paramLabel = "N", defaultValue = "7",
      description = "How many days ahead, 1..400 (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--json", description = "Print one JSON object: the windows as UTC and local instants.")
  boolean json;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss zzz", Locale.ROOT);

  @Override
  public Integer call() {
    if (days < 1 || days > 400) {
      throw new CliUsageException("--days: " + days + " is outside 1..400");
    }
    Instant now = campaign.now(root.context.clock());
    Campaign c = root.load(campaign);
    if (json) {
      root.context.out().println(JsonOutput.write(toJson(c, now, days)));
    } else {
      print(root.context.out(), c, now, days);
    }
    return TalkoverCli.OK;
  }

  /**
   * {@code {"campaign_id":…,"timezone":…,"active":…,"from":…,"to":…,"windows":[{"start":…,"end":…,
   * "local_start":…,"local_end":…}]}}: {@code start}/{@code end} UTC instants ending in {@code Z},
   * the local ones ISO-8601 with the campaign zone's offset.
   */
  static ObjectNode toJson(Campaign c, Instant now, int days) {
    CallWindow window = c.window();
    ZoneId zone = window.zone();
    Instant to = now.plus(Duration.ofDays(days));
    ObjectNode root = JsonOutput.MAPPER.createObjectNode();
    root.put("campaign_id", c.id().value());
    root.put("timezone", zone.getId());
    root.put("active", c.isActive());
    root.put("from", now.toString());
    root.put("to", to.toString());
    ArrayNode windows = root.putArray("windows");
    for (Interval i : window.openIntervals(now, to)) {
      ObjectNode n = windows.addObject();
      n.put("start", i.start().toString());
      n.put("end", i.end().toString());
      n.put("local_start", i.start().atZone(zone).toOffsetDateTime().toString());
      n.put("local_end", i.end().atZone(zone).toOffsetDateTime().toString());
    }
    return root;
  }

  static void print(PrintWriter out, Campaign c, Instant now, int days) {
    CallWindow window = c.window();
    ZoneId zone = window.zone();
    Instant to = now.plus(Duration.ofDays(days));
    List<Interval> open = window.openIntervals(now, to);
    out.println("Open call windows of campaign " + c.id() + " from " + Formats.local(now, zone)
        + " for " + days + (days == 1 ? " day" : " days") + " (" + zone + ")");
    if (!c.isActive()) {
      out.println("Note: the campaign is " + c.status().map(Object::toString).orElse("without status")
          + ", so no call is made in these windows.");
    }
    if (open.isEmpty()) {
      out.println("  none");
    }
    for (Interval i : open) {
      ZonedDateTime s = i.start().atZone(zone);
      ZonedDateTime e = i.end().atZone(zone);
      out.println("  " + DAY.format(s) + "  " + TIME.format(s) + " - "
          + (e.toLocalDate().equals(s.toLocalDate()) ? "" : DAY.format(e) + " ") + TIME.format(e)
          + "   UTC " + i.start() + " - " + i.end());
    }
    out.println();
    chart(out, window, now, days);
  }

  /**
   * A day-by-hour chart in the campaign zone: one row per local date, one column per local hour;
   * {@code #} open the whole hour, {@code +} open part of it, {@code .} closed, a blank for an hour
   * that does not exist (spring-forward gap).
   */
  static void chart(PrintWriter out, CallWindow window, Instant from, int days) {
    ZoneId zone = window.zone();
    out.println("Week by hour (" + zone + "): # open, + partly open, . closed");
    StringBuilder header = new StringBuilder(Formats.pad("", 16));
    for (int h = 0; h < 24; h += 3) {
      header.append(Formats.pad(String.valueOf(h), 3));
    }
    out.println(header.toString().stripTrailing());
    LocalDate first = from.atZone(zone).toLocalDate();
    for (int d = 0; d < days; d++) {
      LocalDate date = first.plusDays(d);
      StringBuilder row = new StringBuilder(Formats.pad(DAY.format(date), 16));
      for (int h = 0; h < 24; h++) {
        Instant start = date.atTime(LocalTime.of(h, 0)).atZone(zone).toInstant();
        Instant end = h == 23
            ? date.plusDays(1).atStartOfDay(zone).toInstant()
            : date.atTime(LocalTime.of(h + 1, 0)).atZone(zone).toInstant();
        ZonedDateTime check = start.atZone(zone);
        if (check.getHour() != h || !check.toLocalDate().equals(date) || !end.isAfter(start)) {
          row.append(' ');
          continue;
        }
        long total = Duration.between(start, end).getSeconds();
        long covered = 0;
        for (Interval i : window.openIntervals(start, end)) {
          covered += i.duration().getSeconds();
        }
        row.append(covered == 0 ? '.' : covered >= total ? '#' : '+');
      }
      out.println(row);
    }
  }
}
