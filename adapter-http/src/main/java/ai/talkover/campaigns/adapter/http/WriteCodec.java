package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.json.CallCreatedBody;
import ai.talkover.campaigns.json.CallRequestBody;
import ai.talkover.campaigns.json.InvalidBodyException;
import ai.talkover.campaigns.json.QueuedCallBody;
import ai.talkover.campaigns.json.StatusChangeBody;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import ai.talkover.campaigns.json.TalkoverJsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The write endpoints' JSON (API spec §3.6, §3.8) in this adapter's terms: the wire module's
 * {@link TalkoverJsonWriter} writes the requests (Make Campaign Call always with
 * {@code "allow_duplicates":false}) and its {@link TalkoverJsonReader} reads the answers (the 201
 * without envelope, the 409's {@code existing_call}, the 422's {@code errors} with a repeated field's
 * messages kept, Update Campaign Status's 200), which become the application's types here. Unknown
 * status values are kept as written, and so are the members the wire module keeps as unknown (of
 * the call, the 201's campaign summary and the 201 itself, the status change's {@code data}).
 * Thread-safe.
 */
final class WriteCodec {

  /** Thrown for a 2xx body that is not what the docs promise. */
  static final class BadBody extends Exception {
    private static final long serialVersionUID = 1L;

    BadBody(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final TalkoverJsonReader reader;

  WriteCodec(long maxDocumentBytes) {
    this.reader = new TalkoverJsonReader(maxDocumentBytes);
  }

  // ---------------------------------------------------------------------------- requests

  byte[] callRequest(PhoneNumber to, CallDetails details) {
    return utf8(TalkoverJsonWriter.writeCallRequest(new CallRequestBody(to.e164(), details.payload(),
        details.context(), details.testing(), false, null)));
  }

  byte[] statusRequest(CampaignStatus.Known status) {
    return utf8(TalkoverJsonWriter.writeStatusRequest(status.name().toLowerCase(Locale.ROOT)));
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------- answers

  CallReceipt receipt(byte[] body) throws BadBody {
    CallCreatedBody created;
    try {
      created = reader.readCallCreated(body);
    } catch (InvalidBodyException e) {
      throw new BadBody(e.detail(), null);
    }
    CallCreatedBody.CampaignSummary campaign = created.campaign();
    return new CallReceipt(queuedCall(created.call()), campaign.id(), campaign.name(),
        campaign.status(), campaign.unknownFields(), created.unknownFields());
  }

  /** The 409's {@code existing_call}; null when absent or unreadable. */
  QueuedCall existingCall(byte[] body) {
    QueuedCallBody call = reader.readExistingCall(body);
    return call == null ? null : queuedCall(call);
  }

  StatusChange statusChange(byte[] body, String campaignId) throws BadBody {
    StatusChangeBody change;
    try {
      change = reader.readStatusChange(body);
    } catch (InvalidBodyException e) {
      throw new BadBody(e.detail(), null);
    }
    return new StatusChange(change.id() == null ? campaignId : change.id(),
        new CampaignStatus(change.status()), change.updatedAt(), change.unknownFields());
  }

  /**
   * The fields of a 422's {@code errors} object, in order; a field written twice keeps the messages
   * of both. Empty when the body has none.
   */
  Map<String, List<String>> fieldErrors(byte[] body) {
    return reader.readFieldErrors(body);
  }

  private static QueuedCall queuedCall(QueuedCallBody call) {
    return new QueuedCall(call.id(), call.campaignId(), call.to(), call.status(), call.scheduledAt(),
        call.createdAt(), call.unknownFields());
  }
}
