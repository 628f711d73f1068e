package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The plan benchmarks' input: a campaign holding one call per contact (statuses in turn, at random
 * minutes of the last 48 hours) and the list of those contacts, shuffled, built in the same order
 * for every benchmark so that their objects lie in memory alike.
 *
 * @param campaign the campaign
 * @param contacts the contacts, shuffled
 */
record ContactLists(Campaign campaign, List<Contact> contacts) {

  /** The instant the plans are made at: a Monday, 10:30 in the campaign's zone. */
  static final Instant NOW = Instant.parse("2026-03-09T15:30:00Z");

  /**
   * The campaign and its contacts.
   *
   * @param size how many contacts (and calls)
   * @return them
   */
  static ContactLists of(int size) {
    String[] statuses = {"no-answer", "busy", "voicemail", "failed", "completed", "initiated"};
    List<Campaign.CallInput> calls = new ArrayList<>(size);
    List<Contact> list = new ArrayList<>(size);
    Random random = new Random(7);
    for (int i = 0; i < size; i++) {
      String number = "+1555" + String.format("%07d", i);
      Instant at = NOW.minusSeconds(60L * random.nextInt(60 * 48));
      calls.add(new Campaign.CallInput("c" + i, number, statuses[i % statuses.length], 0,
          at.toString(), null));
      list.add(Contact.of(number));
    }
    Collections.shuffle(list, random);
    Campaign campaign = Campaign.builder()
        .id("plan").status("active").timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "12:00"),
            new Campaign.TimeRangeInput("13:30", "17:30")))
        .noAnswerCooldownHours(4)
        .calls(calls)
        .build();
    return new ContactLists(campaign, list);
  }
}
