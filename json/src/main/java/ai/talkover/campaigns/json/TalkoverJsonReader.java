package ai.talkover.campaigns.json;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the API's JSON bodies into the domain: the envelope around one campaign (Get Campaign,
 * Create/Update), a saved campaign with or without that envelope, a List Campaigns page, and error
 * bodies of every documented shape.
 *
 * <p><b>One bind path.</b> A body is bound once, straight from its bytes into the DTOs by Jackson
 * (with {@link CallListDeserializer} for {@code calls[]}), then mapped into the domain by
 * {@link CampaignMapper}, whose {@link Campaign#builder()} validates it. The parser is strict:
 * duplicate members are an error ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), as are
 * trailing tokens and values of the wrong JSON type (no coercion); its
 * {@link StreamReadConstraints} bound nesting depth, string, name, number and document lengths.
 * Unknown members are kept; enum-like values stay strings, so unknown ones are kept too.
 *
 * <p><b>Errors.</b> No Jackson exception leaves this class. A value of the wrong JSON type becomes
 * an {@link InvalidCampaignException} whose violation names the field as the API spells it, built
 * from Jackson's own path ({@link JsonMappingException#getPath()}: {@code days_of_week[1]},
 * {@code data[3].calls[0].retries}) and the token the parser stopped at; so do the domain's own
 * violations. Anything else wrong with the body is an {@link InvalidBodyException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TalkoverJsonReader {

  /** Deepest nesting of arrays and objects accepted; a campaign needs 4. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;
  /** Longest member name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1024;
  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The document size {@link #standard()} accepts, in bytes (16 MiB). */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  private static final CampaignMapper MAPPER = new CampaignMapperImpl();
  private static final TalkoverJsonReader STANDARD = new TalkoverJsonReader(DEFAULT_MAX_DOCUMENT_BYTES);

  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectReader envelopeReader;
  private final ObjectReader bareReader;
  private final ObjectReader pageReader;
  private final ObjectReader errorReader;

  /**
   * Creates a reader.
   *
   * @param maxDocumentBytes the largest document accepted, in bytes
   */
  public TalkoverJsonReader(long maxDocumentBytes) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentBytes)
        .build();
    this.factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    SimpleModule calls = new SimpleModule("talkover-calls");
    calls.setDeserializers(new CallListDeserializer.Finder());
    this.mapper = JsonMapper.builder(factory)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addModule(calls)
        .build();
    this.envelopeReader = strict(mapper.readerFor(EnvelopeDto.CAMPAIGN));
    this.bareReader = strict(mapper.readerFor(CampaignDto.class));
    this.pageReader = strict(mapper.readerFor(EnvelopeDto.PAGE));
    // The docs show a 422 body with a duplicated key: error bodies are read leniently.
    this.errorReader = mapper.readerFor(JsonNode.class);
  }

  /** A reader of one body shape; {@link #bind} checks for trailing tokens itself, to word them. */
  private static ObjectReader strict(ObjectReader reader) {
    return reader
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * A reader accepting documents up to {@link #DEFAULT_MAX_DOCUMENT_BYTES}.
   *
   * @return the shared reader
   */
  public static TalkoverJsonReader standard() {
    return STANDARD;
  }

  // --------------------------------------------------------------------------------- success

  /**
   * Reads the campaign of a Get Campaign or Create/Update body: {@code {"success":true,"data":{...}}}.
   *
   * @param body the UTF-8 body; not {@code null}
   * @return the validated campaign
   * @throws InvalidBodyException when the body is not valid JSON, breaks the parser limits, has
   *     {@code success} other than {@code true} or no {@code data} object
   * @throws InvalidCampaignException when the campaign holds a value of the wrong JSON type or breaks
   *     the domain's rules; violations name the fields inside {@code data}
   */
  public Campaign readCampaign(byte[] body) {
    return enveloped(body);
  }

  /**
   * Reads a saved campaign, for example a file given to the command-line tool: a Get Campaign or
   * Create/Update body, or its bare {@code data} object. A body is an envelope when it has a
   * {@code success} member, or a {@code data} member and no {@code id}.
   *
   * @param body the UTF-8 document; not {@code null}
   * @return the validated campaign
   * @throws InvalidBodyException as {@link #readCampaign(byte[])}
   * @throws InvalidCampaignException as {@link #readCampaign(byte[])}
   */
  public Campaign readSavedCampaign(byte[] body) {
    Objects.requireNonNull(body, "body");
    if (body.length > 0 && isEnvelope(body)) {
      return enveloped(body);
    }
    CampaignDto dto = bind(body, bareReader, BodyShape.BARE);
    return MAPPER.toCampaign(dto);
  }

  /**
   * Reads a saved campaign from text, as {@link #readSavedCampaign(byte[])}.
   *
   * @param json the JSON document; not {@code null}
   * @return the validated campaign
   * @throws InvalidBodyException as {@link #readCampaign(byte[])}
   * @throws InvalidCampaignException as {@link #readCampaign(byte[])}
   */
  public Campaign readSavedCampaign(String json) {
    return readSavedCampaign(json.getBytes(StandardCharsets.UTF_8));
  }

  private Campaign enveloped(byte[] body) {
    EnvelopeDto<CampaignDto> envelope = bind(body, envelopeReader, BodyShape.CAMPAIGN_ENVELOPE);
    String apiMessage = envelope.apiMessage();
    succeeded(envelope.success, apiMessage);
    if (envelope.data == null) {
      throw new InvalidBodyException(
          "the envelope has no data" + (envelope.hasData ? " (data is null)" : ""), apiMessage, null);
    }
    return MAPPER.toCampaign(envelope.data);
  }

  /**
   * Reads one List Campaigns page.
   *
   * @param body the UTF-8 body; not {@code null}
   * @param requestedPage the page asked for; the body must be that page
   * @return the campaigns and the pagination block
   * @throws InvalidBodyException for a bad body or pagination block
   * @throws InvalidCampaignException naming the first invalid item's fields ({@code data[3].timezone})
   */
  public CampaignListBody readCampaignList(byte[] body, int requestedPage) {
    EnvelopeDto<List<CampaignDto>> page = bind(body, pageReader, BodyShape.PAGE_ENVELOPE);
    String apiMessage = page.apiMessage();
    succeeded(page.success, apiMessage);
    if (page.data == null) {
      throw new InvalidBodyException(
          "the envelope has no data" + (page.hasData ? " (data is null)" : ""), apiMessage, null);
    }
    PaginationBlock pagination =
        Paginations.check(page.otherMembers.get("pagination"), requestedPage, mapper);
    List<Campaign> campaigns = new ArrayList<>(page.data.size());
    for (int i = 0; i < page.data.size(); i++) {
      CampaignDto item = page.data.get(i);
      String prefix = "data[" + i + "]";
      if (item == null) {
        throw new InvalidCampaignException(null,
            List.of(new Violation(prefix, "null is not a campaign object")));
      }
      try {
        campaigns.add(MAPPER.toCampaign(item));
      } catch (InvalidCampaignException e) {
        List<Violation> prefixed = new ArrayList<>(e.violations().size());
        for (Violation v : e.violations()) {
          prefixed.add(new Violation(prefix + "." + v.field(), v.message()));
        }
        InvalidCampaignException renamed = new InvalidCampaignException(e.campaignId(), prefixed);
        renamed.initCause(e);
        throw renamed;
      }
    }
    return new CampaignListBody(campaigns, pagination);
  }

  /** {@code success} is absent or {@code true}. */
  private static void succeeded(JsonNode success, String apiMessage) {
    if (success == null) {
      return;
    }
    if (!success.isBoolean()) {
      throw new InvalidBodyException(
          "success is " + Describe.node(success) + ", not a boolean", apiMessage, null);
    }
    if (!success.booleanValue()) {
      throw new InvalidBodyException(
          "success is false" + (apiMessage == null ? "" : ": " + apiMessage), apiMessage, null);
    }
  }

  /**
   * Whether a saved document is an envelope: a scan of its top-level member names only (values are
   * skipped, not bound). Bad JSON stops the scan; the bind then reports it.
   */
  private boolean isEnvelope(byte[] body) {
    boolean data = false;
    boolean id = false;
    try (JsonParser p = factory.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        switch (name) {
          case "success" -> {
            return true;
          }
          case "data" -> data = true;
          case "id" -> id = true;
          default -> { }
        }
        p.nextToken();
        p.skipChildren();
      }
    } catch (IOException e) {
      // what was seen so far decides; the bind reports the error
    }
    return data && !id;
  }

  // ------------------------------------------------------------------------------- binding

  /** What a body is bound as: it decides how a type mismatch at the top is worded. */
  private enum BodyShape { CAMPAIGN_ENVELOPE, BARE, PAGE_ENVELOPE }

  /** Binds the whole body once; every Jackson failure becomes this class's exceptions. */
  private <T> T bind(byte[] body, ObjectReader reader, BodyShape shape) {
    Objects.requireNonNull(body, "body");
    if (body.length == 0) {
      throw new InvalidBodyException("empty body", null, null);
    }
    JsonParser p = null;
    try {
      p = reader.createParser(body);
      if (p.nextToken() == null) {
        throw new InvalidBodyException("empty body", null, null);
      }
      T value = reader.readValue(p);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw trailingToken(p, trailing);
      }
      return value;
    } catch (JsonMappingException e) {
      IOException parserFailure = parserFailure(e);
      if (parserFailure != null) {
        throw readFailure(parserFailure);
      }
      RuntimeException mismatch = mappingFailure(e, p, shape);
      // Bad JSON anywhere in the body is the answer before a value of the wrong type.
      try {
        skipToTheEnd(p);
      } catch (IOException later) {
        throw readFailure(later);
      }
      throw mismatch;
    } catch (IOException e) {
      throw readFailure(e);
    } finally {
      closeQuietly(p);
    }
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // a byte-array parser holds nothing to release
      }
    }
  }

  /** A failure of the parser itself: bad JSON, truncated, beyond the limits. */
  private static InvalidBodyException readFailure(IOException e) {
    if (e instanceof StreamConstraintsException c) {
      return new InvalidBodyException(
          "body exceeds the parser limits: " + c.getOriginalMessage(), null, e);
    }
    if (e instanceof JsonProcessingException j) {
      if (j instanceof JsonEOFException || String.valueOf(j.getOriginalMessage()).contains("end-of-input")) {
        return new InvalidBodyException("truncated JSON: the body ends "
            + Describe.where(j.getLocation()) + " inside a value", null, e);
      }
      return new InvalidBodyException("body is not valid JSON " + Describe.where(j.getLocation())
          + ": " + j.getOriginalMessage(), null, e);
    }
    return new InvalidBodyException("body could not be read as JSON", null, e);
  }

  /**
   * The parser's own failure (bad JSON, a duplicate member, a limit) that Jackson met inside a value
   * and wrapped with the path; {@code null} when the failure is a value of the wrong JSON type.
   */
  private static IOException parserFailure(JsonMappingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException
          || cause instanceof StreamReadException && !(cause instanceof InputCoercionException)) {
        return (IOException) cause;
      }
    }
    return null;
  }

  /**
   * Reads the tokens after a value of the wrong type to the end of the body, so that bad JSON, a
   * duplicate member, a limit or trailing tokens further on are still reported as such.
   */
  private static void skipToTheEnd(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    while (token != null && !(p.getParsingContext().inRoot()
        && (token.isStructEnd() || token.isScalarValue()))) {
      token = p.nextToken();
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw trailingToken(p, trailing);
    }
  }

  private static InvalidBodyException trailingToken(JsonParser p, JsonToken trailing) {
    return new InvalidBodyException("body is not valid JSON " + Describe.where(p.currentLocation())
        + ": Trailing token (of type " + trailing + ") found after value", null, null);
  }

  /** A value of the wrong JSON type: a violation named by Jackson's path, or a bad envelope. */
  private static RuntimeException mappingFailure(JsonMappingException e, JsonParser p, BodyShape shape) {
    List<JsonMappingException.Reference> path = e.getPath();
    String found = Describe.token(p);
    switch (shape) {
      case BARE -> {
        if (path.isEmpty()) {
          return new InvalidBodyException("data is " + found + ", not a campaign object", null, null);
        }
        return violation(JsonPaths.field(path, 0), e, found);
      }
      case CAMPAIGN_ENVELOPE -> {
        if (path.isEmpty()) {
          return new InvalidBodyException("body is " + found + ", not a JSON object", null, null);
        }
        if (path.size() == 1) {
          return new InvalidBodyException("data is " + found + ", not a campaign object", null, null);
        }
        return violation(JsonPaths.field(path, 1), e, found);
      }
      default -> {
        if (path.isEmpty()) {
          return new InvalidBodyException("body is " + found + ", not a JSON object", null, null);
        }
        if (path.size() == 1) {
          return new InvalidBodyException("data is " + found + ", not an array of campaigns", null, null);
        }
        if (path.size() == 2) {
          return new InvalidCampaignException(null,
              List.of(new Violation(JsonPaths.field(path, 0), found + " is not a campaign object")));
        }
        return violation(JsonPaths.field(path, 0), e, found);
      }
    }
  }

  private static InvalidCampaignException violation(String field, JsonMappingException e, String found) {
    return new InvalidCampaignException(null,
        List.of(new Violation(field.isEmpty() ? "data" : field, Describe.mismatch(e, found))));
  }

  // ----------------------------------------------------------------------------------- errors

  /**
   * What an error body says, read leniently: a body that is not JSON gives {@link ErrorDetails#NONE}.
   *
   * @param body the body; not {@code null}
   * @return the message, wait and summary found; never {@code null}
   */
  public ErrorDetails readError(byte[] body) {
    if (body.length == 0) {
      return ErrorDetails.NONE;
    }
    JsonNode root;
    try {
      root = errorReader.readTree(body);
    } catch (IOException | RuntimeException e) {
      return ErrorDetails.NONE;
    }
    return ErrorBodies.details(root);
  }
}
