package ai.talkover.campaigns.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code unknownFields} component of the nested API objects ({@link Agent}, {@link CampaignFile},
 * {@link CampaignStats}, {@link CallRecord}, {@link Campaign.CallInput},
 * {@link Campaign.TimeRangeInput}) and how {@link Campaign} keeps them.
 */
class UnknownMembersTest {

  private static final CallAttempt ATTEMPT =
      CallAttempt.of(Instant.parse("2024-01-02T10:00:00Z"), CallStatus.of("completed"), null, 0);

  /** One record type: builds it with given unknown fields, and with the compatibility constructor. */
  private record Kind(
      String name, Function<Map<String, Object>, Object> withUnknown, Object withoutUnknown,
      Function<Object, Map<String, Object>> unknownOf) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        new Kind("Agent", m -> new Agent("a1", "Ann", "Sales", m), new Agent("a1", "Ann", "Sales"),
            o -> ((Agent) o).unknownFields()),
        new Kind("CampaignFile", m -> new CampaignFile("f1", "in.csv", "out.csv", "processed", 10, 9, m),
            new CampaignFile("f1", "in.csv", "out.csv", "processed", 10, 9),
            o -> ((CampaignFile) o).unknownFields()),
        new Kind("CampaignStats", m -> new CampaignStats(10, 8, 2, 80.0, 120, m),
            new CampaignStats(10, 8, 2, 80.0, 120), o -> ((CampaignStats) o).unknownFields()),
        new Kind("CallRecord", m -> new CallRecord("call-1", "+15550001111", ATTEMPT, m),
            new CallRecord("call-1", "+15550001111", ATTEMPT), o -> ((CallRecord) o).unknownFields()),
        new Kind("CallInput",
            m -> new Campaign.CallInput("call-1", "+15550001111", "completed", 0,
                "2024-01-02T10:00:00Z", null, m),
            new Campaign.CallInput("call-1", "+15550001111", "completed", 0, "2024-01-02T10:00:00Z",
                null),
            o -> ((Campaign.CallInput) o).unknownFields()),
        new Kind("TimeRangeInput", m -> new Campaign.TimeRangeInput("09:00", "17:00", m),
            new Campaign.TimeRangeInput("09:00", "17:00"),
            o -> ((Campaign.TimeRangeInput) o).unknownFields()))
        .map(Arguments::of);
  }

  private static Map<String, Object> sample() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("zeta", "z");
    m.put("alpha", 1);
    m.put("nothing", null);
    m.put("nested", new LinkedHashMap<>(Map.of("k", new ArrayList<>(List.of(1, 2)))));
    m.put("list", new ArrayList<>(Arrays.asList("a", null)));
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void compatibilityConstructor_hasNoUnknownFields_andEqualsCanonicalWithEmptyMap(Kind kind) {
    Object compat = kind.withoutUnknown();

    assertThat(kind.unknownOf().apply(compat)).isNotNull().isEmpty();
    assertThat(compat).isEqualTo(kind.withUnknown().apply(Map.of()));
    assertThat(compat.hashCode()).isEqualTo(kind.withUnknown().apply(Map.of()).hashCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void nullUnknownFields_becomeAnEmptyMap(Kind kind) {
    Object value = kind.withUnknown().apply(null);

    assertThat(kind.unknownOf().apply(value)).isNotNull().isEmpty();
    assertThat(value).isEqualTo(kind.withoutUnknown());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void unknownFields_areAnUnmodifiableCopyInInputOrder(Kind kind) {
    Map<String, Object> source = sample();
    Object value = kind.withUnknown().apply(source);
    Map<String, Object> kept = kind.unknownOf().apply(value);

    source.put("late", true);
    source.remove("zeta");

    assertThat(kept.keySet()).containsExactly("zeta", "alpha", "nothing", "nested", "list");
    assertThat(kept).containsEntry("nothing", null).containsEntry("zeta", "z");
    assertThat(kept.get("list")).isEqualTo(Arrays.asList("a", null));
    assertThatThrownBy(() -> kept.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.remove("zeta")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  @SuppressWarnings("unchecked")
  void nestedValues_areCopiedAndUnmodifiableToo(Kind kind) {
    Map<String, Object> source = sample();
    Object value = kind.withUnknown().apply(source);
    Map<String, Object> kept = kind.unknownOf().apply(value);

    ((List<Object>) ((Map<String, Object>) source.get("nested")).get("k")).add(3);

    Map<String, Object> nested = (Map<String, Object>) kept.get("nested");
    List<Object> inner = (List<Object>) nested.get("k");
    assertThat(inner).containsExactly(1, 2);
    assertThatThrownBy(() -> nested.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> inner.add(3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) kept.get("list")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void equality_includesTheUnknownFields(Kind kind) {
    Object a = kind.withUnknown().apply(Map.of("x", 1));
    Object same = kind.withUnknown().apply(new HashMap<>(Map.of("x", 1)));
    Object other = kind.withUnknown().apply(Map.of("x", 2));

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(a).isNotEqualTo(kind.withoutUnknown());
  }

  @Test
  void callRecord_compatibilityConstructor_stillRequiresTheAttempt() {
    assertThatThrownBy(() -> new CallRecord("call-1", "+15550001111", null))
        .isInstanceOf(NullPointerException.class).hasMessage("attempt");
  }

  // ----------------------------------------------------------------------------- Campaign

  private static Campaign.Builder campaign() {
    return Campaign.builder().id("c1").timezone("UTC").daysOfWeek(List.of(1, 2, 3, 4, 5));
  }

  @Test
  void build_callInputUnknownFields_areKeptOnTheCallRecord() {
    Campaign c = campaign()
        .earliestCallTime("09:00").latestCallTime("17:00")
        .calls(List.of(
            new Campaign.CallInput("call-1", "+15550001111", "completed", 0, "2024-01-02T10:00:00Z",
                null, Map.of("duration", 42, "recording", Map.of("url", "https://x"))),
            new Campaign.CallInput("call-2", "+15550001111", "busy", 1, "2024-01-03T10:00:00Z", null)))
        .build();

    assertThat(c.calls().get(0).unknownFields())
        .isEqualTo(Map.of("duration", 42, "recording", Map.of("url", "https://x")));
    assertThat(c.calls().get(1).unknownFields()).isEmpty();
  }

  @Test
  void build_callTimeRangeUnknownFields_areAlignedWithTheWindowRanges() {
    Campaign c = campaign()
        .callTimeRanges(List.of(
            new Campaign.TimeRangeInput("14:00", "16:00", Map.of("label", "pm")),
            new Campaign.TimeRangeInput("09:00", "11:00"),
            new Campaign.TimeRangeInput("10:30", "12:00", Map.of("priority", 2))))
        .build();

    assertThat(c.window().ranges()).hasSize(3);
    assertThat(c.window().ranges().get(0).toString()).isEqualTo("14:00:00-16:00:00");
    assertThat(c.callTimeRangeUnknownFields())
        .containsExactly(Map.of("label", "pm"), Map.of(), Map.of("priority", 2));
    assertThatThrownBy(() -> c.callTimeRangeUnknownFields().add(Map.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void build_rangeFromEarliestAndLatestCallTime_hasOneEmptyUnknownFieldsEntry() {
    Campaign c = campaign().earliestCallTime("09:00:00").latestCallTime("17:00:00").build();

    assertThat(c.window().ranges()).hasSize(1);
    assertThat(c.callTimeRangeUnknownFields()).containsExactly(Map.of());
  }

  @Test
  void equals_campaignsDifferingOnlyInARangesUnknownFields_areNotEqual() {
    Campaign plain = campaign()
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00"))).build();
    Campaign labelled = campaign()
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00", Map.of("l", "x"))))
        .build();

    assertThat(plain.window()).isEqualTo(labelled.window());
    assertThat(plain).isNotEqualTo(labelled);
    assertThat(plain).isEqualTo(campaign()
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00", null))).build());
  }

  @Test
  @SuppressWarnings("unchecked")
  void build_topLevelUnknownFields_areDeeplyUnmodifiable() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("routing", new LinkedHashMap<>(Map.of("weights", new ArrayList<>(List.of(1, 2)))));

    Campaign c = campaign().earliestCallTime("09:00").latestCallTime("17:00")
        .unknownFields(source).build();

    Map<String, Object> routing = (Map<String, Object>) c.unknownFields().get("routing");
    assertThat(routing).isEqualTo(Map.of("weights", List.of(1, 2)));
    assertThatThrownBy(() -> routing.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) routing.get("weights")).add(3))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
