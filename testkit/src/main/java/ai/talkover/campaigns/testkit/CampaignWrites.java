package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.json.CallCreatedBody;
import ai.talkover.campaigns.json.CallRequestBody;
import ai.talkover.campaigns.json.InvalidBodyException;
import ai.talkover.campaigns.json.QueuedCallBody;
import ai.talkover.campaigns.json.StatusChangeBody;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import ai.talkover.campaigns.json.TalkoverJsonWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
 * of the stored campaign, so concurrent calls to one number get one 201 and 409s. Requests are bound
 * and answers written by the wire module ({@link TalkoverJsonReader}, {@link TalkoverJsonWriter}),
 * from the same DTOs the HTTP adapter uses; the stored {@code data} object is edited as a Jackson
 * tree and keeps every member it had. Thread-safe.
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
  private static final TalkoverJsonReader READER = TalkoverJsonReader.standard();

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
    Map<String, List<String>> errors = new LinkedHashMap<>();
    CallRequestBody request = readCall(body, errors);
    return store.<Reply>edit(campaignId, dataJson -> {
      if (!errors.isEmpty()) {
        return new CampaignStore.Edited<>(null, invalid(errors));
      }
      ObjectNode data = parse(dataJson);
      if (!"active".equalsIgnoreCase(data.path("status").asText(""))) {
        return new CampaignStore.Edited<>(null,
            new Reply(400, TalkoverJsonWriter.writeFailure("Campaign is not active")));
      }
      String to = request.to();
      ArrayNode calls = data.has("calls") && data.get("calls").isArray()
          ? (ArrayNode) data.get("calls") : data.putArray("calls");
      if (!request.allowDuplicates()) {
        Optional<JsonNode> existing = activeCallTo(calls, to);
        if (existing.isPresent()) {
          return new CampaignStore.Edited<>(null, duplicate(campaignId, existing.get()));
        }
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      Instant scheduled = Optional.ofNullable(scheduledAt.get()).orElse(now);
      String callId = "stub-call-" + callSequence.incrementAndGet();
      calls.add(parse(TalkoverJsonWriter.writeCallEntry(
          new Campaign.CallInput(callId, to, "queued", 0, now.toString(), null))));

      CallCreatedBody answer = new CallCreatedBody(
          new QueuedCallBody(callId, campaignId, to, "queued", scheduled, now, null),
          new CallCreatedBody.CampaignSummary(campaignId, text(data.get("name")),
              text(data.get("status")), null), null);
      return new CampaignStore.Edited<>(write(data),
          new Reply(201, TalkoverJsonWriter.writeCallCreated(answer)));
    }).orElseGet(() -> new Reply(404, TalkoverFixtures.errorBody(404)));
  }

  /**
   * Binds the request through the wire module, as Laravel validates it: every member of the wrong
   * JSON type is one error (the member is then left out and the rest bound again), then {@code to}
   * is checked. A body that is not a JSON object reads as {@code {}}, as PHP reads it.
   */
  private static CallRequestBody readCall(String body, Map<String, List<String>> errors) {
    ObjectNode request = objectOrEmpty(body);
    Map<String, String> wrongType = new LinkedHashMap<>();
    CallRequestBody bound = null;
    while (bound == null) {
      try {
        bound = READER.readCallRequest(write(request).getBytes(StandardCharsets.UTF_8));
      } catch (InvalidBodyException e) {
        String field = e.field() == null ? null : e.field().split("[.\\[]", 2)[0];
        if (field == null || request.remove(field) == null) {
          throw new IllegalStateException("the stub could not bind a call request", e);
        }
        wrongType.put(field, typeMessage(field));
      }
    }
    String to = bound.to();
    if (!wrongType.containsKey("to")) {
      if (to == null || to.isBlank()) {
        errors.put("to", List.of("The to field is required."));
      } else if (!E164.matcher(to).matches()) {
        errors.put("to", List.of("The to must be a valid phone number."));
      }
    }
    for (String field : List.of("to", "payload", "context", "is_testing", "allow_duplicates")) {
      if (wrongType.containsKey(field)) {
        errors.put(field, List.of(wrongType.get(field)));
      }
    }
    return bound;
  }

  /** Laravel's message for a member of the wrong type. */
  private static String typeMessage(String field) {
    return switch (field) {
      case "to" -> "The to must be a valid phone number.";
      case "payload", "context" -> "The " + field + " must be an array.";
      default -> "The " + field.replace('_', ' ') + " field must be true or false.";
    };
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
    QueuedCallBody call = new QueuedCallBody(text(existing.get("id")), campaignId,
        text(existing.get("to")), text(existing.get("status")), null,
        instantOrNull(text(existing.get("created_at"))), null);
    return new Reply(409, TalkoverJsonWriter.writeDuplicateCall(
        "A call to this number already exists in this campaign", call));
  }

  // --------------------------------------------------------------- Update Campaign Status

  Reply updateStatus(String campaignId, String body) {
    String asked = readStatus(body);
    Status target = asked == null ? null : statusOf(asked);
    return store.<Reply>edit(campaignId, dataJson -> {
      if (asked == null) {
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
        return new CampaignStore.Edited<>(null, new Reply(400, TalkoverJsonWriter.writeFailure(
            "Cannot transition from " + currentText + " to " + name(target) + " status")));
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      data.put("status", name(target));
      data.put("updated_at", now.toString());
      StatusChangeBody answer = new StatusChangeBody(campaignId, name(target), now,
          "Campaign status updated successfully", null);
      return new CampaignStore.Edited<>(write(data),
          new Reply(200, TalkoverJsonWriter.writeStatusChange(answer)));
    }).orElseGet(() -> new Reply(404, TalkoverFixtures.errorBody(404)));
  }

  /**
   * The asked status, bound through the wire module; {@code null} when absent (also for a body that
   * is not a JSON object, as PHP reads it); {@code ""} (an invalid status) when not text.
   */
  private static String readStatus(String body) {
    try {
      return READER.readStatusRequest(write(objectOrEmpty(body)).getBytes(StandardCharsets.UTF_8));
    } catch (InvalidBodyException e) {
      return "";
    }
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
    return new Reply(422, TalkoverJsonWriter.writeFieldErrors("The given data was invalid.", errors));
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /** A stored instant, or null when it is not one (a test may store anything). */
  private static Instant instantOrNull(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
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
