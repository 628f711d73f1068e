package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The write side of the HTTP adapter: Make Campaign Call and Update Campaign Status through a
 * {@link ResilientTransport} of their own, which shares the reads' pool, breaker, deadline, clock
 * and redaction but whose retry sends a request again only when it certainly was not processed
 * ({@link #certainlyNotProcessed}): the connection could not be made (nothing was sent), or the API
 * answered 429 (waiting as asked, within the deadline). A timeout, a reset, a 5xx or a damaged
 * answer ends the call at once: the call may exist, and neither endpoint has an idempotency key.
 *
 * <p>Thread-safe.
 */
final class CampaignWriter {

  private static final String POST = "POST";
  private static final String PATCH = "PATCH";

  private final ResilientTransport writes;
  private final WriteCodec json;
  private final Function<String, URI> uri;
  private final Redactor redactor;

  /**
   * Wires the writer.
   *
   * @param writes the transport whose retry is {@link #certainlyNotProcessed}
   * @param maxBodyBytes the body cap
   * @param uri the absolute URI of a path (checks that the query is open)
   * @param redactor masks the token
   */
  CampaignWriter(ResilientTransport writes, long maxBodyBytes, Function<String, URI> uri,
      Redactor redactor) {
    this.writes = writes;
    this.json = new WriteCodec(maxBodyBytes);
    this.uri = uri;
    this.redactor = redactor;
  }

  /**
   * Only a connection never made, or a 429, proves the API did not act on a request.
   *
   * @param failure an attempt's failure
   * @return true when sending again cannot queue a second call
   */
  static boolean certainlyNotProcessed(CampaignQueryException failure) {
    return failure instanceof RateLimitedException
        || (failure instanceof NetworkException n && n.kind() == NetworkException.Kind.CONNECT);
  }

  CallReceipt placeCall(CampaignId id, PhoneNumber to, CallDetails details) {
    byte[] body = json.callRequest(to, details);
    URI target = uri.apply(CampaignPath.call(id.value()));
    return writes.call(new ResilientTransport.Request<>(POST, CampaignPath.CALL_TEMPLATE,
        () -> withJson(new HttpPost(target), body), id.value(), true, (answer, context) -> {
          try {
            return json.receipt(answer);
          } catch (WriteCodec.BadBody e) {
            throw CampaignQueryException.invalidResponse(context, redactor.redact(e.getMessage()), null);
          }
        }, (status, answer, context) -> callFailure(status, answer, context)));
  }

  StatusChange updateStatus(CampaignId id, CampaignStatus.Known status) {
    byte[] body = json.statusRequest(status);
    URI target = uri.apply(CampaignPath.status(id.value()));
    return writes.call(new ResilientTransport.Request<>(PATCH, CampaignPath.STATUS_TEMPLATE,
        () -> withJson(new HttpPatch(target), body), id.value(), true, (answer, context) -> {
          try {
            return json.statusChange(answer, id.value());
          } catch (WriteCodec.BadBody e) {
            throw CampaignQueryException.invalidResponse(context, redactor.redact(e.getMessage()), null);
          }
        }, (code, answer, context) -> statusFailure(code, answer, context, status)));
  }

  private static HttpUriRequestBase withJson(HttpUriRequestBase request, byte[] body) {
    request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    return request;
  }

  /** Make Campaign Call's own answers: 400 not active, 409 duplicate, 422 invalid fields. */
  private CampaignQueryException callFailure(int status, byte[] body, Context context) {
    switch (status) {
      case 400:
        return context.apiMessage() != null
            && context.apiMessage().toLowerCase(Locale.ROOT).contains("not active")
            ? CampaignQueryException.campaignNotActive(context) : null;
      case 409:
        return CampaignQueryException.duplicateCall(context, json.existingCall(body));
      case 422:
        return CampaignQueryException.invalidRequest(context, redacted(json.fieldErrors(body)));
      default:
        return null;
    }
  }

  /** Update Campaign Status's own answers: 400 invalid transition, 422 invalid value. */
  private CampaignQueryException statusFailure(int code, byte[] body, Context context,
      CampaignStatus.Known asked) {
    switch (code) {
      case 400:
        return CampaignQueryException.invalidTransition(context, null, asked);
      case 422:
        return CampaignQueryException.invalidRequest(context, redacted(json.fieldErrors(body)));
      default:
        return null;
    }
  }

  private java.util.Map<String, java.util.List<String>> redacted(
      java.util.Map<String, java.util.List<String>> errors) {
    java.util.Map<String, java.util.List<String>> out = new java.util.LinkedHashMap<>();
    errors.forEach((field, messages) -> out.put(redactor.redact(field),
        messages.stream().map(redactor::redact).toList()));
    return out;
  }
}
