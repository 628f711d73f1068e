package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * What one HTTP answer means for a {@link ResilientTransport.Request}: a 2xx body read into the
 * call's value by the request's {@link ResilientTransport.BodyReader} (too large, empty or not JSON
 * is an invalid response), any other answer the matching {@link CampaignQueryException} (the
 * endpoint's own {@link ResilientTransport.StatusReader} first, then {@link Failures#fromStatus};
 * a 404 whose body is not Talkover's says that the base URL is not the API). Every text taken from
 * the answer is masked; a failure carries a masked snippet of the body, built only for a failure
 * (masking costs more than the rest of a success). Thread-safe.
 */
final class AnswerReader {

  private final Clock clock;
  private final long maxBodyBytes;
  private final Redactor redactor;
  private final Function<byte[], ErrorBody> errorReader;
  private final String notTheApi;

  /**
   * Wires the reader.
   *
   * @param clock the time source of a {@code Retry-After} date
   * @param maxBodyBytes the body cap, for messages
   * @param redactor masks the token
   * @param errorReader reads an error body
   * @param notTheApi what a 404 whose body is not Talkover's says ({@link ApiBaseUrl#notTheApi})
   */
  AnswerReader(Clock clock, long maxBodyBytes, Redactor redactor,
      Function<byte[], ErrorBody> errorReader, String notTheApi) {
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.redactor = redactor;
    this.errorReader = errorReader;
    this.notTheApi = notTheApi;
  }

  /**
   * A 2xx answer read into the value. Its context has no body snippet: masking one costs more
   * than the rest of the success path, so it is added only to a failure thrown from here.
   *
   * @param request the request answered
   * @param raw the answer, 2xx
   * @param attempt the attempt it answered
   * @param <T> the value
   * @return the value; never {@code null}
   * @throws CampaignQueryException when the body is not what the API documents
   */
  <T> T success(ResilientTransport.Request<T> request, RawResponse raw, int attempt) {
    Context context = new Context(raw.status(), request.campaignId(), attempt, null, null);
    try {
      return read(request, raw, context);
    } catch (CampaignQueryException e) {
      throw withSnippet(e, raw.body());
    }
  }

  private <T> T read(ResilientTransport.Request<T> request, RawResponse raw, Context context) {
    if (raw.tooLarge()) {
      throw CampaignQueryException.invalidResponse(context,
          "body is larger than the cap of " + maxBodyBytes + " bytes", null);
    }
    if (raw.body().length == 0) {
      throw CampaignQueryException.invalidResponse(context,
          "HTTP " + raw.status() + " with an empty body", null);
    }
    if (raw.contentType() != null && !raw.isJson()) {
      throw CampaignQueryException.invalidResponse(context,
          "content type '" + redactor.redact(raw.contentType()) + "' is not JSON", null);
    }
    T value;
    try {
      value = request.reader().read(raw.body(), context);
    } catch (CampaignQueryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw CampaignQueryException.invalidResponse(context,
          "the body could not be read (" + e.getClass().getName() + ")", redactor.redactCause(e));
    }
    if (value == null) {
      throw CampaignQueryException.invalidResponse(context, "the body held no value", null);
    }
    return value;
  }

  /**
   * The failure a non-2xx answer stands for.
   *
   * @param request the request answered
   * @param raw the answer
   * @param attempt the attempt it answered
   * @return the failure, its context carrying the API's message and a body snippet, masked
   */
  CampaignQueryException failure(ResilientTransport.Request<?> request, RawResponse raw,
      int attempt) {
    ErrorBody body = raw.tooLarge() ? ErrorBody.NONE : errorReader.apply(raw.body());
    Context context = new Context(raw.status(), request.campaignId(), attempt,
        redactor.redact(body.apiMessage()), snippet(raw.body()));
    Duration asked = RetryAfter.parse(raw.retryAfter(), clock);
    if (asked == null) {
      asked = body.retryAfter();
    }
    if (raw.status() == 404 && !ApiBaseUrl.isTalkoverError(body)) {
      return CampaignQueryException.invalidResponse(context, notTheApi, null);
    }
    if (request.statuses() != null) {
      CampaignQueryException own =
          request.statuses().read(raw.status(), raw.tooLarge() ? new byte[0] : raw.body(), context);
      if (own != null) {
        return own;
      }
    }
    return Failures.fromStatus(raw.status(), context, asked, redactor.redact(raw.location()),
        redactor.redact(body.summary()), request.notFoundMeansMissing());
  }

  private String snippet(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    int n = Math.min(body.length, CampaignQueryException.MAX_SNIPPET * 4);
    String text = redactor.redact(new String(body, 0, n, StandardCharsets.UTF_8));
    return text.length() > CampaignQueryException.MAX_SNIPPET
        ? text.substring(0, CampaignQueryException.MAX_SNIPPET) : text;
  }

  /** The failure with the (masked) snippet of the body it was read from, unless it has one. */
  private CampaignQueryException withSnippet(CampaignQueryException e, byte[] body) {
    Context c = e.context();
    String snippet = c.bodySnippet() == null ? snippet(body) : null;
    if (snippet == null) {
      return e;
    }
    CampaignQueryException copy = Failures.withContext(e,
        new Context(c.status(), c.campaignId(), c.attempts(), c.apiMessage(), snippet), e.getCause());
    copy.setStackTrace(e.getStackTrace());
    for (Throwable s : e.getSuppressed()) {
      copy.addSuppressed(s);
    }
    return copy;
  }
}
