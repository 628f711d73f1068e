package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.DuplicateCallException;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.application.port.out.StatusChange;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.CampaignStatus.Known;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write side's answers keep what the API sent that the library does not model (unknown members
 * at every level, unknown status values), through the real client against the stub server.
 */
class CampaignWritesUnknownMembersTest {

  private static final String TOKEN = "talq_unknown-members-token";
  private static final CampaignId ID = CampaignId.of("c-1");
  private static final PhoneNumber TO = PhoneNumber.parse("+15550000001");

  private TalkoverStubServer server;
  private TalkoverHttpCampaignQuery http;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).start();
    server.addCampaign(CampaignJsonBuilder.getShape("c-1").with(c -> c.status("active")));
    http = TalkoverHttpCampaignQuery.builder().token(TOKEN).baseUrl(server.baseUrl())
        .allowInsecureHttp(true).build();
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void created201_keepsTheUnknownMembersOfTheCallTheSummaryAndTheAnswer_andAnUnknownCallStatus() {
    server.fault(FaultSpec.forCall("c-1").response(201, "application/json", """
        {"campaign_call":{"id":"call-7","campaign_id":"c-1","to":"+15550000001",
          "status":"held_for_review","scheduled_at":"2026-03-02T15:05:00Z",
          "created_at":"2026-03-02T15:04:05Z","priority":"high",
          "routing":{"region":"eu-west","lines":[1,2]}},
         "campaign":{"id":"c-1","name":"Spring renewals","status":"archived","channel":"voice"},
         "request_id":"req-9"}"""));

    CallReceipt receipt = http.placeCall(ID, TO, CallDetails.none());

    assertThat(receipt).isEqualTo(new CallReceipt(
        new QueuedCall("call-7", "c-1", "+15550000001", "held_for_review",
            Instant.parse("2026-03-02T15:05:00Z"), Instant.parse("2026-03-02T15:04:05Z"),
            Map.of("priority", "high",
                "routing", Map.of("region", "eu-west", "lines", List.of(1, 2)))),
        "c-1", "Spring renewals", "archived",
        Map.of("channel", "voice"),
        Map.of("request_id", "req-9")));
  }

  @Test
  void duplicate409_keepsTheUnknownMembersOfTheExistingCall_andAnUnknownCallStatus() {
    server.fault(FaultSpec.forCall("c-1").response(409, "application/json", """
        {"success":false,"message":"A call to this number already exists in this campaign",
         "existing_call":{"id":"call-3","to":"+15550000001","status":"awaiting_agent",
           "created_at":"2026-03-02T14:00:00Z","queue_position":4,"tags":["vip",null]}}"""));

    DuplicateCallException e = catchThrowableOfType(DuplicateCallException.class,
        () -> http.placeCall(ID, TO, CallDetails.none()));

    assertThat(e.existingCall()).contains(new QueuedCall("call-3", null, "+15550000001",
        "awaiting_agent", null, Instant.parse("2026-03-02T14:00:00Z"),
        Map.of("queue_position", 4, "tags", Arrays.asList("vip", null))));
  }

  @Test
  void statusChange200_keepsTheUnknownMembersOfData_andAnUnknownStatus() {
    server.fault(FaultSpec.forStatus("c-1").response(200, "application/json", """
        {"success":true,"message":"Campaign status updated successfully",
         "data":{"id":"c-1","status":"archived","updated_at":"2026-03-02T15:04:05Z",
           "changed_by":{"type":"api_key","name":"dialer"}}}"""));

    StatusChange change = http.updateStatus(ID, Known.PAUSED);

    assertThat(change).isEqualTo(new StatusChange("c-1", new CampaignStatus("archived"),
        Instant.parse("2026-03-02T15:04:05Z"),
        Map.of("changed_by", Map.of("type", "api_key", "name", "dialer"))));
    assertThat(change.status().known()).isEmpty();
  }

  @Test
  void keptMembers_cannotBeChanged_atAnyDepth() {
    server.fault(FaultSpec.forStatus("c-1").response(200, "application/json", """
        {"success":true,"data":{"id":"c-1","status":"paused","labels":["a"],"owner":{"id":1}}}"""));

    StatusChange change = http.updateStatus(ID, Known.PAUSED);

    @SuppressWarnings("unchecked")
    List<Object> labels = (List<Object>) change.unknownFields().get("labels");
    @SuppressWarnings("unchecked")
    Map<String, Object> owner = (Map<String, Object>) change.unknownFields().get("owner");
    assertThat(labels).isUnmodifiable();
    assertThat(owner).isUnmodifiable();
    assertThat(change.unknownFields()).isUnmodifiable();
  }
}
