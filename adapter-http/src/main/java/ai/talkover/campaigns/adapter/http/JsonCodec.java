package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the API's JSON bodies: the success envelope around one campaign or a page of campaigns, a
 * bare campaign (a saved file), and the error bodies of every documented shape. Parsing is bounded
 * by Jackson's {@link StreamReadConstraints} (nesting depth, string, name, number and document
 * lengths); no Jackson exception ever leaves this class: bad JSON becomes an
 * {@code InvalidResponseException}, a campaign that breaks the domain's rules (or holds a value of
 * the wrong JSON type) an {@code InvalidCampaignResponseException} whose violations name the field.
 *
 * <p><b>Two paths.</b> A success body is first bound straight from its bytes into the DTOs (the
 * fast path: no intermediate tree, {@link CallListDeserializer} for {@code calls[]}); whenever that
 * path meets anything unusual, including any failure, the tree path ({@link #readCampaignFromTree},
 * {@link #readPageFromTree}: the body as a tree, then the DTOs) reads the body again and gives the
 * answer, with its precise message. The tree path is the reference: both give the same campaign,
 * page or exception for every body, and only failures are read twice.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonCodec {

  /** Deepest nesting of arrays and objects accepted; a campaign needs 4. */
  static final int MAX_NESTING_DEPTH = 64;
  /** Longest string value accepted, in characters. */
  static final int MAX_STRING_LENGTH = 1 << 20;
  /** Longest member name accepted, in characters. */
  static final int MAX_NAME_LENGTH = 1024;
  /** Longest number accepted, in characters. */
  static final int MAX_NUMBER_LENGTH = 64;

  private static final CampaignMapper MAPPER = new CampaignMapperImpl();

  private final ObjectMapper mapper;
  /** Reads success bodies: a duplicated member is an error there, never a silent "last wins". */
  private final ObjectReader strictTree;
  /** Reads error bodies leniently (the docs show a 422 body with a duplicated key). */
  private final ObjectReader lenientTree;
  /** The fast path: a Get Campaign envelope bound straight into the DTOs, strictly. */
  private final ObjectReader envelopeReader;
  /** The fast path: a bare campaign bound straight into the DTO, strictly. */
  private final ObjectReader bareReader;
  /** The fast path: a List Campaigns envelope bound straight into the DTOs, strictly. */
  private final ObjectReader pageReader;

  /**
   * Creates a codec.
   *
   * @param maxDocumentBytes the largest document accepted, in bytes
   */
  JsonCodec(long maxDocumentBytes) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentBytes)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    this.mapper = configure(JsonMapper.builder(factory)).build();
    this.strictTree = mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.lenientTree = mapper.reader();
    SimpleModule fastPath = new SimpleModule("talkover-fast-path");
    fastPath.setDeserializers(new CallListDeserializer.Finder());
    ObjectMapper fast = configure(JsonMapper.builder(factory)).addModule(fastPath).build();
    this.envelopeReader = fast.readerFor(CampaignEnvelopeDto.class)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.bareReader = fast.readerFor(CampaignDto.class)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    this.pageReader = fast.readerFor(PageEnvelopeDto.class)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /** The settings both mappers share: the fast path's only adds a deserializer. */
  private static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  // --------------------------------------------------------------------------------- success

  /**
   * Reads one campaign from a body.
   *
   * @param body the body; not {@code null}
   * @param envelope {@code true} when the body must be {@code {"success":true,"data":{...}}};
   *     {@code false} to accept it with or without that envelope
   * @param context what is known of the exchange (for the exceptions)
   * @return the validated campaign
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException when the body is not
   *     valid JSON, breaks the parser limits, has {@code success:false} or no {@code data}
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException when the
   *     campaign breaks the domain's rules
   */
  Campaign readCampaign(byte[] body, boolean envelope, Context context) {
    Campaign campaign = fastCampaign(body, envelope);
    return campaign != null ? campaign : readCampaignFromTree(body, envelope, context);
  }

  /**
   * {@link #readCampaign} the slow way: the body as a tree first, then the DTOs. It is the reference
   * of every answer, and what gives a failure its precise message.
   */
  Campaign readCampaignFromTree(byte[] body, boolean envelope, Context context) {
    JsonNode root = parse(body, context);
    JsonNode data;
    if (envelope || isEnvelope(root)) {
      data = data(root, context);
    } else {
      data = root;
    }
    if (!data.isObject()) {
      throw CampaignQueryException.invalidResponse(withApiMessage(context, root),
          "data is " + describe(data) + ", not a campaign object", null);
    }
    return campaign(data, "", context);
  }

  /**
   * Reads one page of List Campaigns.
   *
   * @param body the body; not {@code null}
   * @param requestedPage the page asked for; the answer must be that page
   * @param context what is known of the exchange
   * @return the page
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException for a bad body or
   *     pagination block
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException naming the
   *     first invalid item ({@code data[3].timezone})
   */
  CampaignPage readPage(byte[] body, int requestedPage, Context context) {
    CampaignPage page = fastPage(body, requestedPage, context);
    return page != null ? page : readPageFromTree(body, requestedPage, context);
  }

  /** {@link #readPage} the slow way, as {@link #readCampaignFromTree}. */
  CampaignPage readPageFromTree(byte[] body, int requestedPage, Context context) {
    JsonNode root = parse(body, context);
    JsonNode data = data(root, context);
    if (!data.isArray()) {
      throw CampaignQueryException.invalidResponse(context,
          "data is " + describe(data) + ", not an array of campaigns", null);
    }
    Pagination pagination = pagination(root.get("pagination"), requestedPage, context);
    List<Campaign> campaigns = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      JsonNode item = data.get(i);
      String prefix = "data[" + i + "]";
      if (!item.isObject()) {
        throw CampaignQueryException.invalidCampaign(context, new InvalidCampaignException(null,
            List.of(new InvalidCampaignException.Violation(prefix,
                describe(item) + " is not a campaign object"))));
      }
      campaigns.add(campaign(item, prefix + ".", context));
    }
    return new CampaignPage(campaigns, pagination);
  }

  // ------------------------------------------------------------------------------- fast path

  /*
   * The fast path binds the bytes straight into the DTOs, without the intermediate tree (which costs
   * as much as the binding itself). It answers only when it is sure to give what the tree path
   * would: the same parser (limits, strict duplicate detection, trailing tokens), every member bound
   * (none skipped, so every string and number meets the limits), the same deserializers and the
   * same mapper. Whenever anything is off (bad JSON, a type mismatch, an unusual envelope, a campaign
   * that breaks the domain's rules) it gives up and the tree path reads the body again, to fail with
   * its precise message: only a failure pays twice.
   */

  /**
   * The fast path of {@link #readCampaign}.
   *
   * @return the campaign, or {@code null} when the tree path must decide (never an exception)
   */
  Campaign fastCampaign(byte[] body, boolean envelope) {
    if (body.length == 0) {
      return null;
    }
    try {
      CampaignDto dto;
      if (envelope || !startsAsBareCampaign(body)) {
        CampaignEnvelopeDto read = envelopeReader.readValue(body);
        // Without "success", whether the body is an envelope depends on an "id" member: let the
        // tree path decide unless the caller said it is one.
        if (read == null || read.data() == null || !succeeded(read.success(), envelope)) {
          return null;
        }
        dto = read.data();
      } else {
        dto = bareReader.readValue(body);
        if (dto == null) {
          return null;
        }
        Map<String, Object> unknown = dto.unknownFields();
        if (unknown != null && (unknown.containsKey("success")
            || unknown.containsKey("data") && dto.id() == null)) {
          return null;
        }
      }
      return MAPPER.toCampaign(dto);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The fast path of {@link #readPage}.
   *
   * @return the page, or {@code null} when the tree path must decide (never an exception)
   */
  CampaignPage fastPage(byte[] body, int requestedPage, Context context) {
    if (body.length == 0) {
      return null;
    }
    try {
      PageEnvelopeDto read = pageReader.readValue(body);
      if (read == null || read.data() == null || !succeeded(read.success(), true)) {
        return null;
      }
      List<CampaignDto> items = read.data();
      for (CampaignDto item : items) {
        if (item == null) {
          return null;
        }
      }
      Pagination pagination = pagination(read.pagination(), requestedPage, context);
      List<Campaign> campaigns = new ArrayList<>(items.size());
      for (CampaignDto item : items) {
        campaigns.add(MAPPER.toCampaign(item));
      }
      return new CampaignPage(campaigns, pagination);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** {@code success} is {@code true}, or absent in a body known to be an envelope. */
  private static boolean succeeded(JsonNode success, boolean envelope) {
    return success == null ? envelope : success.isBoolean() && success.booleanValue();
  }

  /**
   * Whether the body is an object whose first member is neither {@code success} nor {@code data}:
   * then it is bound as a bare campaign first. Only a guess of which binding to try; both check
   * what they read.
   */
  private boolean startsAsBareCampaign(byte[] body) throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      String first = parser.nextFieldName();
      return first != null && !first.equals("success") && !first.equals("data");
    }
  }

  // ------------------------------------------------------------------------------- tree path

  private static boolean isEnvelope(JsonNode root) {
    return root.isObject() && (root.has("success") || root.has("data") && !root.has("id"));
  }

  private JsonNode parse(byte[] body, Context context) {
    if (body.length == 0) {
      throw CampaignQueryException.invalidResponse(context, "empty body", null);
    }
    JsonNode root;
    try {
      root = strictTree.readTree(body);
    } catch (StreamConstraintsException e) {
      throw CampaignQueryException.invalidResponse(context,
          "body exceeds the parser limits: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
        throw CampaignQueryException.invalidResponse(context,
            "truncated JSON: the body ends " + where(e.getLocation()) + " inside a value", e);
      }
      throw CampaignQueryException.invalidResponse(context,
          "body is not valid JSON " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw CampaignQueryException.invalidResponse(context, "body could not be read as JSON", e);
    }
    if (root == null || root.isMissingNode()) {
      throw CampaignQueryException.invalidResponse(context, "empty body", null);
    }
    return root;
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "(position unknown)";
    }
    return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static JsonNode data(JsonNode root, Context context) {
    if (!root.isObject()) {
      throw CampaignQueryException.invalidResponse(context,
          "body is " + describe(root) + ", not a JSON object", null);
    }
    Context withMessage = withApiMessage(context, root);
    JsonNode success = root.get("success");
    if (success != null && !success.isBoolean()) {
      throw CampaignQueryException.invalidResponse(withMessage,
          "success is " + describe(success) + ", not a boolean", null);
    }
    if (success != null && !success.booleanValue()) {
      throw CampaignQueryException.invalidResponse(withMessage,
          "success is false" + (withMessage.apiMessage() == null ? "" : ": " + withMessage.apiMessage()),
          null);
    }
    JsonNode data = root.get("data");
    if (data == null || data.isNull()) {
      throw CampaignQueryException.invalidResponse(withMessage,
          "the envelope has no data" + (data == null ? "" : " (data is null)"), null);
    }
    return data;
  }

  private static Context withApiMessage(Context context, JsonNode root) {
    String message = apiMessage(root);
    if (message == null || context.apiMessage() != null) {
      return context;
    }
    return new Context(context.status(), context.campaignId(), context.attempts(), message,
        context.bodySnippet());
  }

  private Campaign campaign(JsonNode node, String prefix, Context context) {
    JsonNode idNode = node.get("id");
    String id = idNode != null && idNode.isValueNode() && !idNode.isNull() ? idNode.asText() : null;
    CampaignDto dto;
    try {
      dto = mapper.treeToValue(node, CampaignDto.class);
    } catch (JsonMappingException e) {
      String field = prefix + path(e.getPath());
      throw CampaignQueryException.invalidCampaign(context, new InvalidCampaignException(id,
          List.of(new InvalidCampaignException.Violation(field.isEmpty() ? "data" : field,
              mismatch(e, at(node, e.getPath()))))));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw CampaignQueryException.invalidResponse(context,
          "campaign " + (prefix.isEmpty() ? "" : prefix + " ") + "could not be read", e);
    }
    try {
      return MAPPER.toCampaign(dto);
    } catch (InvalidCampaignException e) {
      if (prefix.isEmpty()) {
        throw CampaignQueryException.invalidCampaign(context, e);
      }
      List<InvalidCampaignException.Violation> prefixed = new ArrayList<>(e.violations().size());
      for (InvalidCampaignException.Violation v : e.violations()) {
        prefixed.add(new InvalidCampaignException.Violation(prefix + v.field(), v.message()));
      }
      InvalidCampaignException renamed = new InvalidCampaignException(e.campaignId(), prefixed);
      renamed.initCause(e);
      throw CampaignQueryException.invalidCampaign(context, renamed);
    }
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static JsonNode at(JsonNode node, List<JsonMappingException.Reference> refs) {
    JsonNode current = node;
    for (JsonMappingException.Reference ref : refs) {
      if (current == null) {
        return null;
      }
      current = ref.getFieldName() != null ? current.get(ref.getFieldName()) : current.get(ref.getIndex());
    }
    return current;
  }

  private static String mismatch(JsonMappingException e, JsonNode value) {
    String found = value == null ? "a value" : describe(value);
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        ? m.getTargetType() : null;
    if (target == null) {
      return found + " cannot be read: " + e.getOriginalMessage();
    }
    return found + " is not " + expected(target);
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "an integer";
    }
    if (type == Double.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** A short, safe description of a JSON value for error messages. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }
    if (node.isNumber() || node.isBoolean()) {
      String text = node.asText();
      return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private Pagination pagination(JsonNode node, int requestedPage, Context context) {
    if (node == null || node.isNull()) {
      throw CampaignQueryException.invalidResponse(context, "the list has no pagination block", null);
    }
    if (!node.isObject()) {
      throw CampaignQueryException.invalidResponse(context,
          "pagination is " + describe(node) + ", not an object", null);
    }
    int current = requiredInt(node, "current_page", 1, context);
    int last = requiredInt(node, "last_page", 0, context);
    int perPage = requiredInt(node, "per_page", 1, context);
    int total = requiredInt(node, "total", 0, context);
    Integer from = optionalInt(node, "from", context);
    Integer to = optionalInt(node, "to", context);
    if (current != requestedPage) {
      throw CampaignQueryException.invalidResponse(context, "asked for page " + requestedPage
          + " but pagination.current_page is " + current, null);
    }
    PaginationDto dto;
    try {
      dto = mapper.treeToValue(node, PaginationDto.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw CampaignQueryException.invalidResponse(context, "pagination could not be read", e);
    }
    return new Pagination(current, last, perPage, total, from, to,
        MAPPER.unknownFields(dto.unknownFields()));
  }

  private static int requiredInt(JsonNode node, String field, int min, Context context) {
    Integer value = optionalInt(node, field, context);
    if (value == null) {
      throw CampaignQueryException.invalidResponse(context, "pagination." + field + " is missing", null);
    }
    if (value < min) {
      throw CampaignQueryException.invalidResponse(context,
          "pagination." + field + " is " + value + ", less than " + min, null);
    }
    return value;
  }

  private static Integer optionalInt(JsonNode node, String field, Context context) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw CampaignQueryException.invalidResponse(context,
          "pagination." + field + " is " + describe(value) + ", not an integer", null);
    }
    return value.intValue();
  }

  // ----------------------------------------------------------------------------------- errors

  /**
   * What an error body says, read leniently: a body that is not JSON gives an empty answer.
   *
   * @param body the body; not {@code null}
   * @return the message, wait and summary found; never {@code null}
   */
  ErrorBody readError(byte[] body) {
    if (body.length == 0) {
      return ErrorBody.NONE;
    }
    JsonNode root;
    try {
      root = lenientTree.readTree(body);
    } catch (IOException | RuntimeException e) {
      return ErrorBody.NONE;
    }
    if (root == null || !root.isObject()) {
      return ErrorBody.NONE;
    }
    return new ErrorBody(apiMessage(root), retryAfter(root), summary(root));
  }

  /** {@code message}, else {@code error.message}; null when neither is text. */
  static String apiMessage(JsonNode root) {
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode message = root.get("message");
    if (message != null && message.isTextual()) {
      return message.textValue();
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      JsonNode nested = error.get("message");
      if (nested != null && nested.isTextual()) {
        return nested.textValue();
      }
    }
    return null;
  }

  /** {@code error.details.retry_after} or {@code details.retry_after} in seconds; null if absent. */
  private static Duration retryAfter(JsonNode root) {
    JsonNode error = root.get("error");
    JsonNode details = error != null && error.isObject() ? error.get("details") : null;
    if (details == null || !details.isObject()) {
      details = root.get("details");
    }
    if (details == null || !details.isObject()) {
      return null;
    }
    JsonNode seconds = details.get("retry_after");
    if (seconds == null || !seconds.isNumber()) {
      return null;
    }
    double value = seconds.doubleValue();
    if (!(value >= 0) || Double.isInfinite(value)) {
      return null;
    }
    return value >= Long.MAX_VALUE / 1000.0
        ? RetryAfter.FOREVER
        : Duration.ofMillis((long) Math.ceil(value * 1000));
  }

  /** The error code and field errors, for other 4xx details. */
  private static String summary(JsonNode root) {
    StringBuilder sb = new StringBuilder();
    JsonNode error = root.get("error");
    JsonNode code = root.get("code");
    if ((code == null || !code.isTextual()) && error != null) {
      code = error.isObject() ? error.get("code") : error;
    }
    if (code != null && code.isTextual()) {
      sb.append("code ").append(code.textValue());
    }
    JsonNode errors = root.get("errors");
    if (errors != null && errors.isObject()) {
      for (Map.Entry<String, JsonNode> field : errors.properties()) {
        if (sb.length() >= CampaignQueryException.MAX_SNIPPET) {
          break;
        }
        sb.append(sb.length() == 0 ? "" : "; ").append(field.getKey()).append(": ");
        JsonNode messages = field.getValue();
        if (messages.isArray()) {
          List<String> texts = new ArrayList<>();
          messages.forEach(m -> texts.add(m.asText()));
          sb.append(String.join(" ", texts));
        } else {
          sb.append(messages.asText());
        }
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
