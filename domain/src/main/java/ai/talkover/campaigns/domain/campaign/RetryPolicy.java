package ai.talkover.campaigns.domain.campaign;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how soon a contact is called again.
 *
 * @param maxRetries retries allowed after the first attempt, 0..10 (default 3); a contact may have at
 *     most {@code 1 + maxRetries} attempts
 * @param initialCallDelay delay between entering the campaign and the first attempt (default 0)
 * @param retryOnNoConversion whether a completed call is retried after its cooldown (default false)
 * @param autoComplete whether the campaign completes itself once every contact is processed;
 *     nullable (the API did not say)
 * @param postCompletionCooldownEnabled the API's {@code enable_post_completion_cooldown}; nullable
 * @param postCompletionCooldown the API's {@code post_completion_cooldown_hours}; nullable. Shown, not
 *     part of the eligibility rules.
 */
public record RetryPolicy(
    int maxRetries,
    Duration initialCallDelay,
    boolean retryOnNoConversion,
    Boolean autoComplete,
    Boolean postCompletionCooldownEnabled,
    Duration postCompletionCooldown) {

  /** The default of {@code max_retries}. */
  public static final int DEFAULT_MAX_RETRIES = 3;

  /** Checks the ranges. */
  public RetryPolicy {
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException("max_retries: " + maxRetries + " is outside 0..10");
    }
    Objects.requireNonNull(initialCallDelay, "initialCallDelay");
    if (initialCallDelay.isNegative()) {
      throw new IllegalArgumentException("initial_call_delay: " + initialCallDelay + " is negative");
    }
    if (postCompletionCooldown != null && postCompletionCooldown.isNegative()) {
      throw new IllegalArgumentException("post_completion_cooldown_hours: negative");
    }
  }

  /**
   * The attempts a contact may have in all.
   *
   * @return {@code 1 + maxRetries}
   */
  public int maxAttempts() {
    return 1 + maxRetries;
  }
}
