package ai.talkover.campaigns.domain.eligibility.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The decision's reasons: a bit-mask set that behaves like an unmodifiable EnumSet. */
class ReasonSetTest {

  private static final Reason[] ALL = Reason.values();

  private static EnumSet<Reason> randomEnumSet(Random random) {
    EnumSet<Reason> set = EnumSet.noneOf(Reason.class);
    for (Reason r : ALL) {
      if (random.nextInt(3) == 0) {
        set.add(r);
      }
    }
    return set;
  }

  @Test
  void iteratesInRuleOrder_whateverOrderTheReasonsCameIn() {
    Set<Reason> set = ReasonSet.of(ReasonSet.maskOf(List.of(
        Reason.ATTEMPT_CAP, Reason.COOLDOWN, Reason.CAMPAIGN_NOT_ACTIVE, Reason.OUTSIDE_CALL_WINDOW)));

    assertThat(set).containsExactly(
        Reason.CAMPAIGN_NOT_ACTIVE, Reason.COOLDOWN, Reason.OUTSIDE_CALL_WINDOW, Reason.ATTEMPT_CAP);
    assertThat(set.toString()).isEqualTo("[CAMPAIGN_NOT_ACTIVE, COOLDOWN, OUTSIDE_CALL_WINDOW, ATTEMPT_CAP]");
  }

  @Test
  void equalsAndHashesLikeTheEnumSetOfTheSameReasons_bothWays() {
    Random random = new Random(3);
    for (int i = 0; i < 500; i++) {
      EnumSet<Reason> expected = randomEnumSet(random);
      ReasonSet set = ReasonSet.of(ReasonSet.maskOf(expected));

      assertThat(set).isEqualTo(expected);
      assertThat(expected).isEqualTo(set);
      assertThat(set).isEqualTo(new HashSet<>(expected));
      assertThat(set.hashCode()).isEqualTo(expected.hashCode());
      assertThat(set).hasSize(expected.size());
      assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
      assertThat(new ArrayList<>(set)).isEqualTo(new ArrayList<>(expected));
      assertThat(set.toString()).isEqualTo(expected.toString());
      for (Reason r : ALL) {
        assertThat(set.contains(r)).isEqualTo(expected.contains(r));
      }
      EnumSet<Reason> other = randomEnumSet(random);
      assertThat(set.equals(ReasonSet.of(ReasonSet.maskOf(other)))).isEqualTo(expected.equals(other));
      assertThat(set.containsAll(ReasonSet.of(ReasonSet.maskOf(other))))
          .isEqualTo(expected.containsAll(other));
      assertThat(set.containsAll(other)).isEqualTo(expected.containsAll(other));
    }
  }

  @Test
  void holdsNoOtherValue() {
    ReasonSet set = ReasonSet.of(ReasonSet.maskOf(EnumSet.allOf(Reason.class)));

    assertThat(set.contains(null)).isFalse();
    assertThat(set.contains("COOLDOWN")).isFalse();
    assertThat(set).isNotEqualTo(List.of(Reason.values()));
  }

  @Test
  void rejectsEveryChange_evenWhenEmpty() {
    for (ReasonSet set : List.of(ReasonSet.EMPTY, ReasonSet.of(ReasonSet.maskOf(EnumSet.of(Reason.COOLDOWN))))) {
      List<Consumer<Set<Reason>>> changes = List.of(
          s -> s.add(Reason.DO_NOT_CALL),
          s -> s.remove(Reason.COOLDOWN),
          s -> s.addAll(EnumSet.of(Reason.DO_NOT_CALL)),
          s -> s.removeAll(EnumSet.of(Reason.COOLDOWN)),
          s -> s.retainAll(EnumSet.noneOf(Reason.class)),
          s -> s.removeIf(r -> true),
          Set::clear);
      for (Consumer<Set<Reason>> change : changes) {
        assertThatThrownBy(() -> change.accept(set)).isInstanceOf(UnsupportedOperationException.class);
      }
      assertThat(set).hasSize(set.isEmpty() ? 0 : 1);
    }
    Iterator<Reason> it = ReasonSet.of(ReasonSet.maskOf(EnumSet.of(Reason.COOLDOWN))).iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void sameReasons_areOneSharedSet() {
    int mask = ReasonSet.maskOf(EnumSet.of(Reason.COOLDOWN, Reason.OUTSIDE_CALL_WINDOW));
    assertThat(ReasonSet.of(mask)).isSameAs(ReasonSet.of(mask));
    assertThat(ReasonSet.of(0)).isSameAs(ReasonSet.EMPTY).isEmpty();
  }

  @Test
  void aMaskBeyondTheLastReason_isRejected() {
    assertThatThrownBy(() -> ReasonSet.of(1 << ALL.length)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decisionOf_copiesTheGivenSet_andAnswersLikeIt() {
    EnumSet<Reason> given = EnumSet.of(Reason.DO_NOT_CALL, Reason.COOLDOWN);
    Decision d = Decision.of(false, null, given);
    given.add(Reason.CAMPAIGN_ENDED);

    assertThat(d.reasons()).containsExactly(Reason.DO_NOT_CALL, Reason.COOLDOWN);
    assertThat(d.has(Reason.COOLDOWN)).isTrue();
    assertThat(d.has(Reason.CAMPAIGN_ENDED)).isFalse();
    assertThat(d.isBlocked()).isTrue();
    assertThat(Decision.of(false, Instant.EPOCH, EnumSet.of(Reason.COOLDOWN)).isBlocked()).isFalse();
    assertThat(d).isEqualTo(Decision.of(false, null, Set.of(Reason.COOLDOWN, Reason.DO_NOT_CALL)));
    assertThat(d.hashCode())
        .isEqualTo(Decision.of(false, null, Set.of(Reason.COOLDOWN, Reason.DO_NOT_CALL)).hashCode());
    assertThatThrownBy(() -> d.reasons().add(Reason.INITIAL_DELAY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Decision.of(false, null, java.util.Arrays.asList(Reason.COOLDOWN, null)
        .stream().collect(java.util.stream.Collectors.toSet())))
        .isInstanceOf(NullPointerException.class);
  }
}
