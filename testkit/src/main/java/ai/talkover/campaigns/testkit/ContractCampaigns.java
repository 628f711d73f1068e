package ai.talkover.campaigns.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * The five campaigns {@link CampaignQueryContract} seeds, with the ids of
 * {@link CampaignQueryContract#SEEDED_IDS}, in that order. Stateless.
 */
final class ContractCampaigns {

  private ContractCampaigns() {}

  /**
   * The seeds: {@link CampaignJsonBuilder#getShape(String)} (active, sales, Monday to Friday,
   * 09:00:00-17:00:00 in America/New_York, from 2024-01-01) with only what each seed changes and
   * what the tests look at.
   */
  static List<CampaignJsonBuilder> seeds() {
    List<CampaignJsonBuilder> s = new ArrayList<>();
    s.add(CampaignJsonBuilder.getShape("contract-1").with(c -> c
            .name("Alpha outreach")
            .description("Spring SALES push")
            .agentId("agent-a"))
        .addCall("+12125550101", "completed", 0, "2024-01-02T15:00:00Z")
        .addCall("+12125550102", "failed", 1, "2024-01-02T16:00:00Z"));
    s.add(CampaignJsonBuilder.getShape("contract-2").with(c -> c
            .name("Beta follow-up")
            .description("Customers who asked for a call back")
            .status("paused")
            .campaignType("follow_up")
            .timezone("Europe/London")
            .daysOfWeek(List.of(2, 3, 4))
            .earliestCallTime("10:00:00")
            .latestCallTime("16:00:00")
            .startDate("2024-02-01")
            .agentId("agent-b"))
        .addCall("+442079460000", "no-answer", 0, "2024-02-02T10:30:00Z"));
    s.add(CampaignJsonBuilder.getShape("contract-3").with(c -> c
        .name("Gamma reminders")
        .description("Appointment reminders")
        .campaignType("reminder")
        .timezone("Asia/Tokyo")
        .daysOfWeek(List.of(6, 7))
        .earliestCallTime("08:30:00")
        .latestCallTime("12:00:00")
        .startDate("2024-03-01")
        .agentId("agent-a")));
    s.add(CampaignJsonBuilder.getShape("contract-4").with(c -> c
            .name("Delta custom")
            .description("Draft, not dispatching")
            .status("draft")
            .campaignType("custom")
            .timezone("America/Sao_Paulo")
            .daysOfWeek(List.of(1, 3, 5))
            .earliestCallTime("13:00:00")
            .latestCallTime("18:00:00")
            .startDate("2024-04-01")
            .agentId("agent-b"))
        .addCall("+5511987650001", "completed", 0, "2024-04-02T14:00:00Z")
        .addCall("+5511987650002", "busy", 0, "2024-04-02T14:10:00Z")
        .addCall("+5511987650002", "completed", 1, "2024-04-03T14:10:00Z"));
    s.add(CampaignJsonBuilder.getShape("contract 5+é").with(c -> c
            .name("Epsilon \"quoted\" \\ name")
            .description("Id with a space, a plus and a non-ASCII letter")
            .timezone("Australia/Sydney")
            .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
            .earliestCallTime("07:00:00")
            .latestCallTime("21:00:00")
            .startDate("2024-05-01")
            .agentId("agent-c"))
        .addCall("+61291234567", "completed", 0, "2024-05-02T01:00:00Z"));
    return s;
  }
}
