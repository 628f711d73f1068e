package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of the write endpoints (API spec §3.6, §3.8): the Make Campaign Call request (always with
 * {@code "allow_duplicates":false}) and its 201 answer (no envelope), the 409 {@code existing_call},
 * the 422 {@code errors} object (a repeated field, as the docs print for {@code to}, keeps every
 * message), and Update Campaign Status's request and 200 answer. Members this library does not read
 * are ignored, unknown status values kept as written. Thread-safe.
 */
final class WriteCodec {

  /** Thrown for a 2xx body that is not what the docs promise. */
  static final class BadBody extends Exception {
    private static final long serialVersionUID = 1L;

    BadBody(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final ObjectMapper mapper;

  WriteCodec(long maxDocumentBytes) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(1 << 20)
            .maxDocumentLength(maxDocumentBytes)
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory).build();
  }

  // ---------------------------------------------------------------------------- requests

  byte[] callRequest(PhoneNumber to, CallDetails details) {
    ObjectNode body = mapper.createObjectNode();
    body.put("to", to.e164());
    if (!details.payload().isEmpty()) {
      body.set("payload", mapper.valueToTree(details.payload()));
    }
    if (!details.context().isEmpty()) {
      body.set("context", mapper.valueToTree(details.context()));
    }
    body.put("is_testing", details.testing());
    body.put("allow_duplicates", false);
    return bytes(body);
  }

  byte[] statusRequest(CampaignStatus.Known status) {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", status.name().toLowerCase(Locale.ROOT));
    return bytes(body);
  }

  private byte[] bytes(ObjectNode body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("payload/context: not writable as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------- answers

  CallReceipt receipt(byte[] body) throws BadBody {
    JsonNode root = tree(body);
    JsonNode call = root.get("campaign_call");
    if (call == null || !call.isObject()) {
      throw new BadBody("no campaign_call object", null);
    }
    QueuedCall queued = queuedCall(call, true);
    JsonNode campaign = root.path("campaign");
    return new CallReceipt(queued, text(campaign, "id"), text(campaign, "name"),
        text(campaign, "status"));
  }

  /** The 409's {@code existing_call}; null when absent or unreadable. */
  QueuedCall existingCall(byte[] body) {
    try {
      JsonNode call = tree(body).get("existing_call");
      return call != null && call.isObject() ? queuedCall(call, false) : null;
    } catch (BadBody e) {
      return null;
    }
  }

  StatusChange statusChange(byte[] body, String campaignId) throws BadBody {
    JsonNode data = tree(body).get("data");
    if (data == null || !data.isObject()) {
      throw new BadBody("no data object", null);
    }
    String status = text(data, "status");
    if (status == null) {
      throw new BadBody("data.status is missing", null);
    }
    String id = text(data, "id");
    return new StatusChange(id == null ? campaignId : id, new CampaignStatus(status),
        instant(data, "updated_at", false));
  }

  /**
   * The fields of a 422's {@code errors} object, in order; a field written twice keeps the messages
   * of both. Empty when the body has none.
   */
  Map<String, List<String>> fieldErrors(byte[] body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (JsonParser p = mapper.getFactory().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("errors") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            JsonNode messages = mapper.readTree(p);
            List<String> list = out.computeIfAbsent(field, k -> new ArrayList<>());
            if (messages.isArray()) {
              messages.forEach(m -> list.add(m.asText()));
            } else if (messages.isTextual()) {
              list.add(messages.textValue());
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // a damaged 422 names what it could
    }
    return out;
  }

  // ------------------------------------------------------------------------------ helpers

  private JsonNode tree(byte[] body) throws BadBody {
    try {
      JsonNode root = mapper.readTree(body);
      if (root == null || !root.isObject()) {
        throw new BadBody("the body is not a JSON object", null);
      }
      return root;
    } catch (IOException e) {
      throw new BadBody("the body is not JSON: " + e.getClass().getSimpleName(), e);
    }
  }

  private static QueuedCall queuedCall(JsonNode call, boolean strict) throws BadBody {
    String id = text(call, "id");
    if (id == null || id.isBlank()) {
      throw new BadBody("campaign_call.id is missing", null);
    }
    return new QueuedCall(id, text(call, "campaign_id"), text(call, "to"), text(call, "status"),
        instant(call, "scheduled_at", false), instant(call, "created_at", strict));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  private static Instant instant(JsonNode node, String field, boolean required) throws BadBody {
    String v = text(node, field);
    if (v == null) {
      if (required) {
        throw new BadBody(field + " is missing", null);
      }
      return null;
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException again) {
        throw new BadBody(field + ": '" + v + "' is not an ISO-8601 instant", again);
      }
    }
  }
}
