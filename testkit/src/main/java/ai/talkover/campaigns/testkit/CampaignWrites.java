package ai.talkover.campaigns.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The stub's write endpoints on a {@link CampaignStore}, as the API spec documents them (§3.8 Make
 * Campaign Call, §3.6 Update Campaign Status, transitions of §2.1). Each request is one atomic edit
 * of the stored campaign, so concurrent calls to one number get one 201 and 409s. JSON is read and
 * written with Jackson; the stored {@code data} object keeps every member it had. Thread-safe.
 */
final class CampaignWrites {

  /** A status and a JSON body. */
  record Reply(int status, String body) {}

  private enum Status { DRAFT, ACTIVE, PAUSED, COMPLETED, CANCELLED }

  /** §2.1, written out here on purpose: the stub is an oracle independent of the library. */
  private static final Map<Status, Set<Status>> TRANSITIONS = new EnumMap<>(Status.class);

  static {
    TRANSITIONS.put(Status.DRAFT, Set.of(Status.ACTIVE, Status.CANCELLED));
    TRANSITIONS.put(Status.ACTIVE, Set.of(Status.PAUSED, Status.COMPLETED, Status.CANCELLED));
    TRANSITIONS.put(Status.PAUSED, Set.of(Status.ACTIVE, Status.COMPLETED, Status.CANCELLED));
    TRANSITIONS.put(Status.COMPLETED, Set.of());
    TRANSITIONS.put(Status.CANCELLED, Set.of());
  }

  /** Call statuses that make a call "active or queued" for the duplicate check. */
  private static final Set<String> ACTIVE_CALL_STATUSES = Set.of(
      "queued", "scheduled", "initiated", "ringing", "answered", "in_progress", "in-progress");

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final CampaignStore store;
  private final Clock clock;
  private final AtomicLong callSequence = new AtomicLong();
  private final AtomicReference<Instant> scheduledAt = new AtomicReference<>();

  CampaignWrites(CampaignStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The {@code scheduled_at} of calls queued from now on; null: their creation instant. */
  void scheduleCallsAt(Instant at) {
    scheduledAt.set(at);
  }

  // ------------------------------------------------------------------ Make Campaign Call

  Reply makeCall(String campaignId, String body) {
    ObjectNode request = objectOrEmpty(body);
    Map<String, List<String>> errors = validateCall(request);
    return store.<Reply>edit(campaignId, dataJson -> {
      if (!errors.isEmpty()) {
        return new CampaignStore.Edited<>(null, invalid(errors));
      }
      ObjectNode data = parse(dataJson);
      if (!"active".equalsIgnoreCase(data.path("status").asText(""))) {
        return new CampaignStore.Edited<>(null,
            new Reply(400, "{\"success\":false,\"message\":\"Campaign is not active\"}"));
      }
      String to = request.get("to").asText();
      boolean allowDuplicates = request.path("allow_duplicates").asBoolean(false);
      ArrayNode calls = data.has("calls") && data.get("calls").isArray()
          ? (ArrayNode) data.get("calls") : data.putArray("calls");
      if (!allowDuplicates) {
        Optional<JsonNode> existing = activeCallTo(calls, to);
        if (existing.isPresent()) {
          return new CampaignStore.Edited<>(null, duplicate(campaignId, existing.get()));
        }
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      Instant scheduled = Optional.ofNullable(scheduledAt.get()).orElse(now);
      String callId = "stub-call-" + callSequence.incrementAndGet();
      ObjectNode entry = calls.addObject();
      entry.put("id", callId);
      entry.put("to", to);
      entry.put("status", "queued");
      entry.put("retries", 0);
      entry.put("created_at", now.toString());

      ObjectNode answer = MAPPER.createObjectNode();
      ObjectNode call = answer.putObject("campaign_call");
      call.put("id", callId);
      call.put("campaign_id", campaignId);
      call.put("to", to);
      call.put("status", "queued");
      call.put("scheduled_at", scheduled.toString());
      call.put("created_at", now.toString());
      ObjectNode summary = answer.putObject("campaign");
      summary.put("id", campaignId);
      summary.set("name", data.path("name").isMissingNode() ? null : data.get("name"));
      summary.set("status", data.get("status"));
      return new CampaignStore.Edited<>(write(data), new Reply(201, write(answer)));
    }).orElseGet(() -> new Reply(404, TalkoverFixtures.errorBody(404)));
  }

  private static Map<String, List<String>> validateCall(ObjectNode request) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    JsonNode to = request.get("to");
    if (to == null || to.isNull() || (to.isTextual() && to.asText().isBlank())) {
      errors.put("to", List.of("The to field is required."));
    } else if (!to.isTextual() || !E164.matcher(to.asText()).matches()) {
      errors.put("to", List.of("The to must be a valid phone number."));
    }
    for (String field : List.of("payload", "context")) {
      JsonNode v = request.get(field);
      if (v != null && !v.isNull() && !v.isObject()) {
        errors.put(field, List.of("The " + field + " must be an array."));
      }
    }
    for (String field : List.of("is_testing", "allow_duplicates")) {
      JsonNode v = request.get(field);
      if (v != null && !v.isNull() && !v.isBoolean()) {
        errors.put(field, List.of("The " + field.replace('_', ' ') + " field must be true or false."));
      }
    }
    return errors;
  }

  private static Optional<JsonNode> activeCallTo(ArrayNode calls, String to) {
    for (JsonNode c : calls) {
      String status = c.path("status").asText("").toLowerCase(Locale.ROOT);
      if (to.equals(c.path("to").asText(null)) && ACTIVE_CALL_STATUSES.contains(status)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static Reply duplicate(String campaignId, JsonNode existing) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("success", false);
    body.put("message", "A call to this number already exists in this campaign");
    ObjectNode call = body.putObject("existing_call");
    call.set("id", existing.get("id"));
    call.put("campaign_id", campaignId);
    call.set("to", existing.get("to"));
    call.set("status", existing.get("status"));
    call.set("created_at", existing.get("created_at"));
    return new Reply(409, write(body));
  }

  // --------------------------------------------------------------- Update Campaign Status

  Reply updateStatus(String campaignId, String body) {
    ObjectNode request = objectOrEmpty(body);
    JsonNode asked = request.get("status");
    Status target = asked != null && asked.isTextual() ? statusOf(asked.asText()) : null;
    return store.<Reply>edit(campaignId, dataJson -> {
      if (asked == null || asked.isNull()) {
        return new CampaignStore.Edited<>(null,
            invalid(Map.of("status", List.of("The status field is required."))));
      }
      if (target == null) {
        return new CampaignStore.Edited<>(null,
            invalid(Map.of("status", List.of("The selected status is invalid."))));
      }
      ObjectNode data = parse(dataJson);
      String currentText = data.path("status").asText("");
      Status current = statusOf(currentText);
      if (current == null || !TRANSITIONS.get(current).contains(target)) {
        String message = "Cannot transition from " + currentText + " to " + name(target) + " status";
        ObjectNode err = MAPPER.createObjectNode();
        err.put("success", false);
        err.put("message", message);
        return new CampaignStore.Edited<>(null, new Reply(400, write(err)));
      }
      String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
      data.put("status", name(target));
      data.put("updated_at", now);
      ObjectNode answer = MAPPER.createObjectNode();
      answer.put("success", true);
      answer.put("message", "Campaign status updated successfully");
      ObjectNode d = answer.putObject("data");
      d.put("id", campaignId);
      d.put("status", name(target));
      d.put("updated_at", now);
      return new CampaignStore.Edited<>(write(data), new Reply(200, write(answer)));
    }).orElseGet(() -> new Reply(404, TalkoverFixtures.errorBody(404)));
  }

  private static Status statusOf(String text) {
    for (Status s : Status.values()) {
      if (name(s).equals(text)) {
        return s;
      }
    }
    return null;
  }

  private static String name(Status s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------------------ JSON

  private static Reply invalid(Map<String, List<String>> errors) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("success", false);
    body.put("message", "The given data was invalid.");
    ObjectNode e = body.putObject("errors");
    errors.forEach((field, messages) -> {
      ArrayNode list = e.putArray(field);
      messages.forEach(list::add);
    });
    return new Reply(422, write(body));
  }

  /** The body as an object; anything else (absent, not JSON, not an object) reads as {}, as PHP does. */
  private static ObjectNode objectOrEmpty(String body) {
    if (body == null || body.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      JsonNode n = MAPPER.readTree(body);
      return n != null && n.isObject() ? (ObjectNode) n : MAPPER.createObjectNode();
    } catch (JsonProcessingException e) {
      return MAPPER.createObjectNode();
    }
  }

  private static ObjectNode parse(String dataJson) {
    try {
      return (ObjectNode) MAPPER.readTree(dataJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored campaign is not JSON", e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
