package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.CampaignType;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list}: the campaigns of the API matching filters, every page. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the campaigns of the API (every page), optionally filtered by status, type and"
        + " text (uses TALKOVER_API_TOKEN and TALKOVER_BASE_URL).")
final class ListCommand implements Callable<Integer> {

  @ParentCommand
  TalkoverCli root;

  @Option(names = "--status", paramLabel = "S",
      description = "Only campaigns with this status: draft, active, paused, completed or cancelled.")
  String status;

  @Option(names = "--type", paramLabel = "T",
      description = "Only campaigns of this type: sales, follow_up, reminder or custom.")
  String type;

  @Option(names = "--search", paramLabel = "Q",
      description = "Only campaigns whose name or description contains this text.")
  String search;

  @Option(names = "--json", description = "Print one JSON object per campaign (JSON Lines).")
  boolean json;

  @Override
  public Integer call() {
    CampaignFilter filter = CampaignFilter.all().withPerPage(CampaignFilter.MAX_PER_PAGE);
    if (status != null) {
      filter = filter.withStatus(known("--status", status, CampaignStatus.Known.values(),
          new CampaignStatus(status.trim()).known().isPresent()));
    }
    if (type != null) {
      filter = filter.withCampaignType(known("--type", type, CampaignType.Known.values(),
          new CampaignType(type.trim()).known().isPresent()));
    }
    if (search != null && !search.isBlank()) {
      filter = filter.withSearch(search);
    }
    PrintWriter out = root.context.out();
    try (TalkoverCampaigns client = root.context.loader().connect(Rules.NONE,
        "list: set " + TalkoverCampaigns.TOKEN_VARIABLE + " to list the campaigns of the API");
        Stream<Campaign> campaigns = client.campaigns().listAll(filter)) {
      if (json) {
        campaigns.forEach(c -> out.println(JsonOutput.write(toJson(c))));
      } else {
        print(out, campaigns.iterator());
      }
    }
    return TalkoverCli.OK;
  }

  private static String known(String flag, String text, Enum<?>[] values, boolean known) {
    if (!known) {
      throw new CliUsageException(flag + ": '" + text + "' is not one of " + Arrays.stream(values)
          .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
    return text.trim();
  }

  static void print(PrintWriter out, Iterator<Campaign> campaigns) {
    out.println(Formats.pad("ID", 36) + "  " + Formats.pad("STATUS", 10) + "  " + Formats.pad("TYPE", 10)
        + "  " + Formats.pad("TIMEZONE", 20) + "  NAME");
    int count = 0;
    while (campaigns.hasNext()) {
      Campaign c = campaigns.next();
      out.println(Formats.pad(c.id().value(), 36) + "  "
          + Formats.pad(c.status().map(Object::toString).orElse("-"), 10) + "  "
          + Formats.pad(c.type().map(Object::toString).orElse("-"), 10) + "  "
          + Formats.pad(c.window().zone().getId(), 20) + "  " + c.name().orElse("-"));
      count++;
    }
    out.println();
    out.println(count + (count == 1 ? " campaign" : " campaigns"));
  }

  /** The fields List Campaigns documents, as the API spells them. */
  static ObjectNode toJson(Campaign c) {
    ObjectNode n = JsonOutput.MAPPER.createObjectNode();
    n.put("id", c.id().value());
    n.put("name", c.name().orElse(null));
    n.put("description", c.description().orElse(null));
    n.put("status", c.status().map(Object::toString).orElse(null));
    n.put("campaign_type", c.type().map(Object::toString).orElse(null));
    n.put("agent_id", c.agentId().orElse(null));
    n.put("timezone", c.window().zone().getId());
    ArrayNode days = n.putArray("days_of_week");
    for (DayOfWeek d : c.window().days()) {
      days.add(d.getValue());
    }
    n.put("start_date", c.window().startDate().map(Object::toString).orElse(null));
    n.put("end_date", c.window().endDate().map(Object::toString).orElse(null));
    n.put("created_at", c.createdAt().map(Object::toString).orElse(null));
    n.put("updated_at", c.updatedAt().map(Object::toString).orElse(null));
    List<String> unknown = c.unknownFields().keySet().stream().sorted().toList();
    if (!unknown.isEmpty()) {
      ObjectNode u = n.putObject("unknown_fields");
      for (String key : unknown) {
        u.set(key, JsonOutput.MAPPER.valueToTree(c.unknownFields().get(key)));
      }
    }
    return n;
  }
}
