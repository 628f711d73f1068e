package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.json.CampaignShape;
import ai.talkover.campaigns.json.TalkoverJsonWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a Talkover campaign {@code data} object for a test, through the wire module's Jackson
 * writer: it spells no field of its own.
 *
 * <p><b>Valid campaigns</b> start from {@link #getShape(String)} or {@link #updateShape(String)},
 * a campaign built with the domain's {@link Campaign#builder()}, and are changed with
 * {@link #with(Consumer)}, which takes that builder's setters (the API's fields, checked by the
 * domain when the text is written); {@link #addCall} appends to {@code calls[]}. The text is
 * {@link TalkoverJsonWriter#writeCampaign} of that campaign, in the Get shape
 * ({@code earliest_call_time}/{@code latest_call_time}, {@code HH:MM:SS}) or the Create/Update shape
 * ({@code call_time_ranges}, {@code HH:MM}), defaults the domain applies written out.
 *
 * <p><b>Any other content</b>, invalid values, unknown members, a member left out, is a tree edit at
 * a JSON Pointer as the API spells the fields: {@link #set set("/timezone", "Mars/Olympus")},
 * {@link #setRaw setRaw("/schedule", "{\"x\":1}")}, {@link #remove remove("/agent_id")}.
 * {@link #parse(String)} starts from any text, for instance a bundled fixture of
 * {@link TalkoverFixtures}; such a builder takes tree edits and {@link #addCall} only.
 *
 * <p>Order: the campaign is written first, then {@code addCall} entries and tree edits are applied
 * in the order they were made. The campaign a text describes is what the wire module's reader makes
 * of it ({@code TalkoverJsonReader.standard().readSavedCampaign(builder.toJson())}).
 *
 * <p>Not thread-safe: use one builder per thread, or {@link #copy()} it.
 */
public final class CampaignJsonBuilder {

  /** The start: a campaign and its shape, or a parsed object. */
  private final Start start;
  /** Domain edits, applied to a fresh {@link Campaign.Builder} each time the text is written. */
  private final List<Consumer<Campaign.Builder>> campaignEdits = new ArrayList<>();
  /** Tree edits, applied in order to the written object. */
  private final List<Consumer<ObjectNode>> treeEdits = new ArrayList<>();

  /** Where a builder starts. */
  private record Start(String id, CampaignShape shape, String dataJson) {}

  private CampaignJsonBuilder(Start start) {
    this.start = start;
  }

  /**
   * A valid campaign in the Get shape: {@code name "Campaign <id>"}, {@code description
   * "Test campaign <id>"}, status {@code active}, type {@code sales}, {@code start_date 2024-01-01},
   * Monday to Friday, {@code 09:00:00}-{@code 17:00:00} in {@code America/New_York}, agent
   * {@code agent-uuid-1}, {@code initial_call_delay 0}, {@code max_retries 3},
   * {@code retry_cooldown_hours 24}, no calls.
   *
   * @param id the campaign id; not {@code null}
   * @return a new builder
   */
  public static CampaignJsonBuilder getShape(String id) {
    return new CampaignJsonBuilder(new Start(Objects.requireNonNull(id, "id"), CampaignShape.GET, null));
  }

  /**
   * The campaign of {@link #getShape(String)} in the Create/Update shape: {@code call_time_ranges
   * [{"start":"09:00","end":"17:00"}]} instead of the earliest/latest pair.
   *
   * @param id the campaign id; not {@code null}
   * @return a new builder
   */
  public static CampaignJsonBuilder updateShape(String id) {
    return new CampaignJsonBuilder(
        new Start(Objects.requireNonNull(id, "id"), CampaignShape.CREATE_UPDATE, null));
  }

  /**
   * A builder holding a {@code data} object, for instance a bundled fixture's, to be changed with
   * tree edits and written again.
   *
   * @param dataJson a JSON object; not {@code null}
   * @return a new builder
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public static CampaignJsonBuilder parse(String dataJson) {
    JsonValues.parseObject(Objects.requireNonNull(dataJson, "dataJson"), "dataJson");
    return new CampaignJsonBuilder(new Start(null, null, dataJson));
  }

  /**
   * A builder of {@code {}}, to be filled with tree edits.
   *
   * @return a new builder
   */
  public static CampaignJsonBuilder empty() {
    return parse("{}");
  }

  /**
   * An independent copy of this builder: the same start and edits, further edits its own.
   *
   * @return a new builder
   */
  public CampaignJsonBuilder copy() {
    CampaignJsonBuilder b = new CampaignJsonBuilder(start);
    b.campaignEdits.addAll(campaignEdits);
    b.treeEdits.addAll(treeEdits);
    return b;
  }

  // ----------------------------------------------------------------------- valid campaigns

  /**
   * Changes the campaign through the domain's builder, whose setters take the API's fields as
   * written: {@code with(c -> c.status("paused").retryCooldownHours(0))}. The domain validates the
   * result when the text is written.
   *
   * @param edit the change; not {@code null}
   * @return this
   * @throws IllegalStateException on a builder from {@link #parse(String)} or {@link #empty()}
   */
  public CampaignJsonBuilder with(Consumer<Campaign.Builder> edit) {
    Objects.requireNonNull(edit, "edit");
    if (start.shape() == null) {
      throw new IllegalStateException("a builder from parse(...) or empty() takes tree edits "
          + "(set, setRaw, remove) and addCall, not campaign edits");
    }
    campaignEdits.add(edit);
    return this;
  }

  /**
   * Appends one entry to {@code calls[]}, with the id {@code call-<n>} (n = its 1-based position).
   *
   * @param to the number called; nullable
   * @param status the call status, e.g. {@code completed}; nullable
   * @param retries the retry count
   * @param createdAt ISO-8601 instant, e.g. {@code 2024-01-01T00:00:00Z}; nullable
   * @return this
   */
  public CampaignJsonBuilder addCall(String to, String status, int retries, String createdAt) {
    treeEdits.add(data -> {
      JsonNode calls = data.path("calls");
      String id = "call-" + (calls.isArray() ? calls.size() + 1 : 1);
      append(data, new Campaign.CallInput(id, to, status, retries, createdAt, null));
    });
    return this;
  }

  /**
   * Appends one entry to {@code calls[]}, written by the wire module.
   *
   * @param call the entry, fields as the API writes them; not {@code null}
   * @return this
   */
  public CampaignJsonBuilder addCall(Campaign.CallInput call) {
    Objects.requireNonNull(call, "call");
    treeEdits.add(data -> append(data, call));
    return this;
  }

  private static void append(ObjectNode data, Campaign.CallInput call) {
    if (!data.path("calls").isArray()) {
      data.putArray("calls");
    }
    JsonTreeEdits.set(data, "/calls/-", JsonValues.tree(TalkoverJsonWriter.writeCallEntry(call)));
  }

  // ---------------------------------------------------------------------------- tree edits

  /**
   * Sets a value at a JSON Pointer, for instance a deliberately invalid one or a member the library
   * does not model: {@code set("/timezone", "Mars/Olympus")}, {@code set("/days_of_week/0", 8)},
   * {@code set("/calls/0/status", null)}. Objects missing on the way are created; {@code -} appends
   * to an array.
   *
   * @param pointer the JSON Pointer, members as the API spells them; not {@code null}
   * @param value {@code null} (JSON {@code null}), String, Boolean, a finite Number, a
   *     List/Collection or a Map with String keys, nested freely
   * @return this
   * @throws IllegalArgumentException when the value cannot be written as JSON or the pointer is not
   *     one (whether it fits the object is checked when the text is written)
   */
  public CampaignJsonBuilder set(String pointer, Object value) {
    JsonTreeEdits.check(pointer);
    JsonNode tree = JsonValues.toTree(value, pointer);
    treeEdits.add(data -> JsonTreeEdits.set(data, pointer, tree.deepCopy()));
    return this;
  }

  /**
   * Sets a value given as JSON text at a JSON Pointer: {@code setRaw("/agent", "{\"id\":7}")}.
   *
   * @param pointer the JSON Pointer; not {@code null}
   * @param json one JSON value; not {@code null}
   * @return this
   * @throws IllegalArgumentException when the text is not JSON or the pointer is not one
   */
  public CampaignJsonBuilder setRaw(String pointer, String json) {
    JsonTreeEdits.check(pointer);
    JsonNode tree = JsonValues.tree(Objects.requireNonNull(json, "json"));
    treeEdits.add(data -> JsonTreeEdits.set(data, pointer, tree.deepCopy()));
    return this;
  }

  /**
   * Leaves a value out: {@code remove("/agent_id")}, {@code remove("/calls/0/created_at")}.
   *
   * @param pointer the JSON Pointer; not {@code null}
   * @return this
   * @throws IllegalArgumentException when the pointer is not one
   */
  public CampaignJsonBuilder remove(String pointer) {
    JsonTreeEdits.check(pointer);
    treeEdits.add(data -> JsonTreeEdits.remove(data, pointer));
    return this;
  }

  // -------------------------------------------------------------------------------- output

  /**
   * The {@code id} member, when it is a string.
   *
   * @return the id, or empty
   */
  public Optional<String> id() {
    JsonNode id = tree().get("id");
    return id != null && id.isTextual() ? Optional.of(id.textValue()) : Optional.empty();
  }

  /**
   * The {@code data} object as compact JSON.
   *
   * @return the JSON text
   * @throws ai.talkover.campaigns.domain.campaign.InvalidCampaignException when the campaign edits
   *     make an invalid campaign (write invalid content with {@link #set} instead)
   * @throws IllegalArgumentException when a pointer of a tree edit does not fit the object
   */
  public String toJson() {
    return JsonValues.write(tree());
  }

  /**
   * A Get Campaign 200 body around the object: {@code {"success":true,"data":{...}}}.
   *
   * @return the JSON text
   */
  public String toResponseBody() {
    return "{\"success\":true,\"data\":" + toJson() + "}";
  }

  /** The JSON text, as {@link #toJson()}. */
  @Override
  public String toString() {
    return toJson();
  }

  private ObjectNode tree() {
    ObjectNode data = (ObjectNode) JsonValues.tree(start.shape() == null ? start.dataJson()
        : TalkoverJsonWriter.writeCampaign(campaign(), start.shape()));
    treeEdits.forEach(edit -> edit.accept(data));
    return data;
  }

  private Campaign campaign() {
    String id = start.id();
    Campaign.Builder b = Campaign.builder()
        .id(id)
        .name("Campaign " + id)
        .description("Test campaign " + id)
        .status("active")
        .campaignType("sales")
        .startDate("2024-01-01")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .earliestCallTime("09:00:00")
        .latestCallTime("17:00:00")
        .timezone("America/New_York")
        .agentId("agent-uuid-1")
        .initialCallDelay(0)
        .maxRetries(3)
        .retryCooldownHours(24);
    campaignEdits.forEach(edit -> edit.accept(b));
    return b.build();
  }
}
