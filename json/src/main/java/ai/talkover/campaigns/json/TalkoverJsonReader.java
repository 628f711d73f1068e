package ai.talkover.campaigns.json;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.util.Map;
import java.util.Objects;

/**
 * Reads the API's JSON bodies into the domain: the envelope around one campaign (Get Campaign,
 * Create/Update), a saved campaign with or without that envelope, a List Campaigns page, error
 * bodies of every documented shape, and the bodies of the write endpoints (Make Campaign Call's 201,
 * 409 and 422 answers, Update Campaign Status's 200, and both requests as the API receives them).
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
 * violations. Anything else wrong with the body is an {@link InvalidBodyException}; in a write
 * endpoint's body, one that names the member ({@link InvalidBodyException#field()}) when one is at
 * fault.
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
  private final ObjectReader callCreatedReader;
  private final ObjectReader statusChangeReader;
  private final ObjectReader callRequestReader;
  private final ObjectReader statusRequestReader;
  private final ObjectReader errorEnvelopeReader;
  private final ObjectReader fieldErrorsReader;

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
    this.errorEnvelopeReader = mapper.readerFor(EnvelopeDto.ERROR);
    this.fieldErrorsReader = mapper.readerFor(FieldErrorsDto.Body.class);
    this.callCreatedReader = strict(mapper.readerFor(CallCreatedDto.class));
    this.statusChangeReader = strict(mapper.readerFor(EnvelopeDto.STATUS_CHANGE));
    this.callRequestReader = strict(mapper.readerFor(CallRequestDto.class));
    this.statusRequestReader = strict(mapper.readerFor(StatusRequestDto.class));
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
    return MAPPER.toCampaign(envelope.successfulData());
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
    List<CampaignDto> items = page.successfulData();
    PaginationBlock pagination =
        Paginations.check(page.otherMembers.get("pagination"), requestedPage, mapper);
    List<Campaign> campaigns = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      CampaignDto item = items.get(i);
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
  private static <T> T bind(byte[] body, ObjectReader reader, BodyShape shape) {
    return StrictBinding.bind(body, reader, (e, found) -> mappingFailure(e, found, shape));
  }

  /** A value of the wrong JSON type: a violation named by Jackson's path, or a bad envelope. */
  private static RuntimeException mappingFailure(JsonMappingException e, String found, BodyShape shape) {
    List<JsonMappingException.Reference> path = e.getPath();
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

  // -------------------------------------------------------------------------- write endpoints

  /**
   * Reads Make Campaign Call's 201 body (no envelope): {@code campaign_call} with its {@code id} and
   * {@code created_at} required, and the {@code campaign} summary.
   *
   * @param body the UTF-8 body; not {@code null}
   * @return the queued call and its campaign
   * @throws InvalidBodyException when the body is not valid JSON, lacks a required member or holds
   *     one of the wrong JSON type or a bad instant; {@link InvalidBodyException#field()} names it
   *     ({@code campaign_call.created_at})
   */
  public CallCreatedBody readCallCreated(byte[] body) {
    CallCreatedDto dto = StrictBinding.bind(body, callCreatedReader, CallBodies::mismatch);
    return CallBodies.created(dto);
  }

  /**
   * Reads Update Campaign Status's 200 body: {@code {"success":true,"message":…,"data":{"id","status",
   * "updated_at"}}}, {@code data.status} required.
   *
   * @param body the UTF-8 body; not {@code null}
   * @return the change
   * @throws InvalidBodyException as {@link #readCallCreated(byte[])}, and for {@code success} other
   *     than {@code true} or no {@code data}
   */
  public StatusChangeBody readStatusChange(byte[] body) {
    EnvelopeDto<StatusChangeDto> envelope =
        StrictBinding.bind(body, statusChangeReader, CallBodies::mismatch);
    return CallBodies.statusChange(envelope.successfulData(), envelope.apiMessage());
  }

  /**
   * The {@code existing_call} of Make Campaign Call's 409, read leniently as error bodies are.
   *
   * @param body the body; not {@code null}
   * @return the call, or {@code null} when the body has none readable (no id, not JSON)
   */
  public QueuedCallBody readExistingCall(byte[] body) {
    try {
      EnvelopeDto<JsonNode> envelope = errorEnvelopeReader.readValue(body);
      JsonNode call = envelope.otherMembers.get("existing_call");
      return call == null || !call.isObject() ? null
          : CallBodies.queued(mapper.treeToValue(call, CampaignCallDto.class), "existing_call", false);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The fields of a 422 body's {@code errors} object, in body order, read leniently: a field written
   * twice (as the docs print {@code to}) keeps the messages of both.
   *
   * @param body the body; not {@code null}
   * @return field to messages; empty when the body has none or is not JSON
   */
  public Map<String, List<String>> readFieldErrors(byte[] body) {
    try {
      FieldErrorsDto.Body errors = fieldErrorsReader.readValue(body);
      return errors.errors.fields();
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /**
   * Reads a Make Campaign Call request, as the API would receive it (the testkit's stub server).
   *
   * @param body the UTF-8 body; not {@code null}
   * @return the request; absent booleans are {@code false}
   * @throws InvalidBodyException when the body is not a JSON object or a member has the wrong JSON
   *     type; {@link InvalidBodyException#field()} names the member ({@code is_testing})
   */
  public CallRequestBody readCallRequest(byte[] body) {
    return CallBodies.request(StrictBinding.bind(body, callRequestReader, CallBodies::mismatch));
  }

  /**
   * Reads an Update Campaign Status request's {@code status}, as the API would receive it.
   *
   * @param body the UTF-8 body; not {@code null}
   * @return the status as written; {@code null} when absent or JSON {@code null}
   * @throws InvalidBodyException as {@link #readCallRequest(byte[])}
   */
  public String readStatusRequest(byte[] body) {
    StatusRequestDto dto = StrictBinding.bind(body, statusRequestReader, CallBodies::mismatch);
    return dto.status();
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
