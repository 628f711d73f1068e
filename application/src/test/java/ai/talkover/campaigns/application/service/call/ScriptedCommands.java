package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.CampaignCommands;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Commands that answer from a script (a failure to throw, or a receipt) and count the sends. */
final class ScriptedCommands implements CampaignCommands {
  final AtomicInteger placeCalls = new AtomicInteger();
  final AtomicInteger statusCalls = new AtomicInteger();
  private final Deque<Supplier<CallReceipt>> script = new ArrayDeque<>();
  private final Runnable onSend;

  ScriptedCommands(Runnable onSend) {
    this.onSend = onSend;
  }

  ScriptedCommands then(Supplier<CallReceipt> step) {
    script.add(step);
    return this;
  }

  static CallReceipt receipt(String id, String to, Instant scheduledAt, Instant createdAt) {
    return new CallReceipt(new QueuedCall(id, "c-1", to, "queued", scheduledAt, createdAt),
        "c-1", "Campaign", "active");
  }

  @Override
  public synchronized CallReceipt placeCall(CampaignId campaignId, PhoneNumber to, CallDetails details) {
    placeCalls.incrementAndGet();
    onSend.run();
    Supplier<CallReceipt> step = script.poll();
    if (step == null) {
      throw new AssertionError("unexpected send to " + to);
    }
    return step.get();
  }

  @Override
  public StatusChange updateStatus(CampaignId campaignId, CampaignStatus.Known status) {
    statusCalls.incrementAndGet();
    return new StatusChange(campaignId.value(), CampaignStatus.of(status), null);
  }
}
