package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The machine-readable output: one decision as exactly
 * {@code {"to":"+15550000001","callable":false,"next_eligible_at":"2025-03-10T13:00:00Z","reasons":["OUTSIDE_CALL_WINDOW"]}}
 * with {@code next_eligible_at} an ISO-8601 UTC instant ending in {@code Z}, or {@code null}.
 */
final class JsonOutput {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  static String decision(PhoneNumber to, Decision decision) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("to", to.e164());
    node.put("callable", decision.callable());
    if (decision.nextEligibleAt().isPresent()) {
      node.put("next_eligible_at", decision.nextEligibleAt().get().toString());
    } else {
      node.putNull("next_eligible_at");
    }
    ArrayNode reasons = node.putArray("reasons");
    for (Reason r : decision.reasons()) {
      reasons.add(r.name());
    }
    return write(node);
  }

  /**
   * Adds {@code "unknown_fields"} to a nested object, only when it has some (lean output): the
   * members the API sent that the library does not model, as the API wrote them.
   */
  static void putUnknownFields(ObjectNode into, Map<String, Object> unknownFields) {
    if (!unknownFields.isEmpty()) {
      into.set("unknown_fields", unknownFields(unknownFields));
    }
  }

  /** The members the API sent that the library does not model, as one JSON object. */
  static ObjectNode unknownFields(Map<String, Object> unknownFields) {
    ObjectNode node = MAPPER.createObjectNode();
    for (Map.Entry<String, Object> e : unknownFields.entrySet()) {
      node.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
    }
    return node;
  }

  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static String pretty(Object node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
