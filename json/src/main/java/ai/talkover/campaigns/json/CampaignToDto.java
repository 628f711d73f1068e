package ai.talkover.campaigns.json;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.CampaignType;
import ai.talkover.campaigns.domain.campaign.CooldownPolicy;
import ai.talkover.campaigns.domain.campaign.DncListSource;
import ai.talkover.campaigns.domain.campaign.DncPolicy;
import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A domain campaign back into {@link CampaignDto}, the reverse of {@link CampaignMapper#toCampaign}:
 * what {@link TalkoverJsonReader} reads from the written text equals the campaign written. The
 * model's parsed values are written as the API spells them (a zone as its IANA id, days as ISO
 * numbers in order, cooldowns in hours, the initial delay in seconds, instants in ISO-8601 UTC);
 * what the model holds without the API having sent it (a default such as {@code max_retries 3}) is
 * written explicitly, absent values are left out. Stateless.
 */
final class CampaignToDto {

  private static final CampaignMapper MAPPER = new CampaignMapperImpl();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private CampaignToDto() {}

  static CampaignDto of(Campaign c, CampaignShape shape) {
    CallWindow window = c.window();
    RetryPolicy retry = c.retryPolicy();
    CooldownPolicy cooldowns = c.cooldownPolicy();
    DncPolicy dnc = c.dncPolicy();
    List<TimeRange> ranges = window.ranges();
    boolean getPair = shape == CampaignShape.GET && ranges.size() == 1
        && c.callTimeRangeUnknownFields().get(0).isEmpty();
    return new CampaignDto(
        c.id().value(),
        c.name().orElse(null),
        c.description().orElse(null),
        c.status().map(CampaignStatus::value).orElse(null),
        c.type().map(CampaignType::value).orElse(null),
        c.agentId().orElse(null),
        c.agent().map(MAPPER::fromAgent).orElse(null),
        window.startDate().map(Object::toString).orElse(null),
        window.endDate().map(Object::toString).orElse(null),
        window.days().stream().map(DayOfWeek::getValue).sorted().toList(),
        getPair ? null : ranges(ranges, c.callTimeRangeUnknownFields()),
        getPair ? SECONDS.format(ranges.get(0).start()) : null,
        getPair ? SECONDS.format(ranges.get(0).end()) : null,
        window.zone().getId(),
        Math.toIntExact(retry.initialCallDelay().toSeconds()),
        retry.maxRetries(),
        hours(cooldowns.retryCooldown()),
        retry.autoComplete(),
        retry.retryOnNoConversion(),
        retry.postCompletionCooldownEnabled(),
        retry.postCompletionCooldown() == null ? null : hours(retry.postCompletionCooldown()),
        configured(cooldowns, CallStatus.Group.COMPLETED),
        configured(cooldowns, CallStatus.Group.VOICEMAIL),
        configured(cooldowns, CallStatus.Group.NO_ANSWER),
        configured(cooldowns, CallStatus.Group.BUSY),
        configured(cooldowns, CallStatus.Group.FAILED),
        dnc.enabled(),
        Optional.ofNullable(dnc.listSource()).map(DncListSource::value).orElse(null),
        dnc.customList(),
        dnc.autoAddEnabled(),
        dnc.triggerStatuses(),
        dnc.triggerErrors(),
        calls(c),
        c.files().stream().map(MAPPER::fromFile).toList(),
        c.stats().map(MAPPER::fromStats).orElse(null),
        c.createdAt().map(Object::toString).orElse(null),
        c.updatedAt().map(Object::toString).orElse(null),
        MAPPER.unknownFields(c.unknownFields()));
  }

  private static List<TimeRangeDto> ranges(List<TimeRange> ranges, List<Map<String, Object>> unknown) {
    List<TimeRangeDto> out = new ArrayList<>(ranges.size());
    for (int i = 0; i < ranges.size(); i++) {
      TimeRange r = ranges.get(i);
      out.add(new TimeRangeDto(time(r.start()), time(r.end()),
          MAPPER.unknownFields(i < unknown.size() ? unknown.get(i) : null)));
    }
    return out;
  }

  /** {@code HH:MM}, or {@code HH:MM:SS} when the time has seconds. */
  private static String time(LocalTime t) {
    return (t.getSecond() == 0 && t.getNano() == 0 ? MINUTES : SECONDS).format(t);
  }

  /** The readable calls, then those kept as written (their order between the two is not kept). */
  private static List<CallDto> calls(Campaign c) {
    List<CallDto> out = new ArrayList<>(c.calls().size() + c.unreadableCalls().size());
    for (CallRecord r : c.calls()) {
      CallAttempt a = r.attempt();
      out.add(new CallDto(r.id(), r.to(), a.status().value(), a.retries(), a.at().toString(),
          a.error().orElse(null), MAPPER.unknownFields(r.unknownFields())));
    }
    c.unreadableCalls().forEach(call -> out.add(MAPPER.fromCall(call)));
    return out;
  }

  /** One entry of {@code calls[]} as written. */
  static CallDto call(Campaign.CallInput call) {
    return MAPPER.fromCall(call);
  }

  private static Integer configured(CooldownPolicy cooldowns, CallStatus.Group group) {
    return cooldowns.configured(group).map(CampaignToDto::hours).orElse(null);
  }

  private static Integer hours(Duration d) {
    return Math.toIntExact(d.toHours());
  }
}
