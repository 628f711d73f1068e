package ai.talkover.campaigns.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks List Campaigns' {@code pagination} block. Stateless. */
final class Paginations {

  private static final CampaignMapper MAPPER = new CampaignMapperImpl();

  private Paginations() {}

  /**
   * The block, checked: every documented member an integer in range, {@code current_page} the page
   * asked for.
   *
   * @throws InvalidBodyException naming the member ({@code pagination.last_page is missing})
   */
  static PaginationBlock check(JsonNode node, int requestedPage, ObjectMapper mapper) {
    if (node == null || node.isNull()) {
      throw new InvalidBodyException("the list has no pagination block", null, null);
    }
    if (!node.isObject()) {
      throw new InvalidBodyException(
          "pagination is " + Describe.node(node) + ", not an object", null, null);
    }
    int current = required(node, "current_page", 1);
    int last = required(node, "last_page", 0);
    int perPage = required(node, "per_page", 1);
    int total = required(node, "total", 0);
    Integer from = optional(node, "from");
    Integer to = optional(node, "to");
    if (current != requestedPage) {
      throw new InvalidBodyException("asked for page " + requestedPage
          + " but pagination.current_page is " + current, null, null);
    }
    PaginationDto dto;
    try {
      dto = mapper.treeToValue(node, PaginationDto.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidBodyException("pagination could not be read", null, e);
    }
    return new PaginationBlock(current, last, perPage, total, from, to,
        MAPPER.unknownFields(dto.unknownFields()));
  }

  private static int required(JsonNode node, String field, int min) {
    Integer value = optional(node, field);
    if (value == null) {
      throw new InvalidBodyException("pagination." + field + " is missing", null, null);
    }
    if (value < min) {
      throw new InvalidBodyException(
          "pagination." + field + " is " + value + ", less than " + min, null, null);
    }
    return value;
  }

  private static Integer optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new InvalidBodyException(
          "pagination." + field + " is " + Describe.node(value) + ", not an integer", null, null);
    }
    return value.intValue();
  }
}
