package ai.talkover.campaigns.domain.eligibility.internal;

import ai.talkover.campaigns.domain.campaign.DncPolicy;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.internal.input.E164;
import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's {@link DncPolicy} as rule 2 reads it: the normalised custom numbers and the comparison
 * keys of the auto-add triggers, computed once per campaign. Immutable once built and thread-safe.
 */
public final class DncIndex {

  /** {@code do_not_call_enabled}. */
  public final boolean enabled;
  /** {@code auto_add_to_dnc_enabled}. */
  public final boolean autoAdd;
  private final Set<String> customNumbers = new HashSet<>();
  private final Set<String> statusKeys = new HashSet<>();
  private final Set<String> errorKeys = new HashSet<>();

  /**
   * Indexes a policy.
   *
   * @param policy the policy; not {@code null}
   */
  public DncIndex(DncPolicy policy) {
    this.enabled = policy.enabled();
    this.autoAdd = policy.autoAddEnabled();
    for (String raw : policy.customList()) {
      String n = raw == null ? null : E164.normalise(raw);
      if (n != null) {
        customNumbers.add(n);
      }
    }
    for (String s : policy.triggerStatuses()) {
      statusKeys.add(Vocabulary.key(Objects.requireNonNull(s, "trigger status")));
    }
    for (String s : policy.triggerErrors()) {
      errorKeys.add(Vocabulary.key(Objects.requireNonNull(s, "trigger error")));
    }
  }

  /**
   * Whether {@code do_not_call_custom_list} holds a number.
   *
   * @param e164 the normalised number
   * @return true when it does
   */
  public boolean customListHolds(String e164) {
    return customNumbers.contains(e164);
  }

  /**
   * Whether an attempt's status is in {@code auto_dnc_trigger_statuses} or its error in
   * {@code auto_dnc_trigger_errors}, compared as statuses are.
   *
   * @param attempt the attempt
   * @return true when it triggers auto-add
   */
  public boolean triggers(CallAttempt attempt) {
    if (statusKeys.contains(attempt.statusKey())) {
      return true;
    }
    Optional<String> error = attempt.errorKey();
    return error.isPresent() && errorKeys.contains(error.get());
  }
}
