package ai.talkover.campaigns.domain.compliance;

import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The opt-in compliance policies that {@link EligibilityEngine#withPolicies} applies on top of rules 1
 * to 12. Each policy is off unless configured; with none configured the engine is exactly
 * {@link EligibilityEngine#standard()}.
 *
 * <ul>
 *   <li><b>Recipient hours</b> ({@link Reason#RECIPIENT_QUIET_HOURS}): the recipient's local time must
 *       lie in the allowed ranges of {@link RecipientHours} in <em>every</em> zone its number may be in.
 *   <li><b>Unknown zone</b> ({@link Reason#RECIPIENT_ZONE_UNKNOWN}): when the number's zone is unknown,
 *       refuse it (permanent block, the default) or use a fallback zone.
 *   <li><b>Blackout dates</b> ({@link Reason#BLACKOUT_DATE}): listed dates are closed all day, read in
 *       the campaign's zone or in every zone of the recipient (closed when listed in any of them).
 *   <li><b>Attempt cap</b> ({@link Reason#ATTEMPT_CAP}): at most N attempts in any rolling period
 *       ({@link AttemptCap}).
 * </ul>
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()}, whose methods reject bad input at once
 * with an {@link IllegalArgumentException} naming the setting.
 *
 * <p>Command-line spellings: each flag has a parsing helper whose error message starts with the
 * setting's name and quotes the text as written, so a command line can print it as is.
 *
 * <table>
 *   <caption>Flags and their helpers</caption>
 *   <tr><th>flag</th><th>helper</th><th>builder call</th></tr>
 *   <tr><td>{@code --recipient-hours PRESET|HH:MM-HH:MM[,...]}</td><td>{@link RecipientHours#parse}</td>
 *       <td>{@link Builder#recipientHours}</td></tr>
 *   <tr><td>{@code --fallback-zone ZONE}</td><td>{@link UnknownZone#parse}</td>
 *       <td>{@link Builder#unknownZone}</td></tr>
 *   <tr><td>{@code --blackout-date DATE} (repeatable)</td><td>{@link #parseBlackoutDate}</td>
 *       <td>{@link Builder#blackoutDates}</td></tr>
 *   <tr><td>{@code --blackout-zone campaign|recipient}</td><td>{@link BlackoutZone#parse}</td>
 *       <td>{@link Builder#blackoutDates}</td></tr>
 *   <tr><td>{@code --max-attempts N --per DURATION}</td><td>{@link AttemptCap#parsePeriod}</td>
 *       <td>{@link Builder#attemptCap(int, java.time.Duration)}</td></tr>
 * </table>
 */
public final class CompliancePolicies {

  private static final CompliancePolicies NONE = new Builder().build();

  private final RecipientHours recipientHours;
  private final UnknownZone unknownZone;
  private final Set<LocalDate> blackoutDates;
  private final BlackoutZone blackoutZone;
  private final AttemptCap attemptCap;

  private CompliancePolicies(Builder b) {
    this.recipientHours = b.recipientHours;
    this.unknownZone = b.unknownZone == null ? UnknownZone.REFUSE : b.unknownZone;
    this.blackoutDates = b.blackoutDates == null
        ? Set.of()
        : Collections.unmodifiableSet(new TreeSet<>(b.blackoutDates));
    this.blackoutZone = b.blackoutZone == null ? BlackoutZone.CAMPAIGN : b.blackoutZone;
    this.attemptCap = b.attemptCap;
  }

  /**
   * No policy at all.
   *
   * @return the empty policies
   */
  public static CompliancePolicies none() {
    return NONE;
  }

  /**
   * A builder with every policy off.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a blackout date as the command line writes it ({@code --blackout-date 2026-07-04}).
   *
   * @param text an ISO date {@code YYYY-MM-DD}; not {@code null}
   * @return the date
   * @throws IllegalArgumentException naming the text when it is not such a date
   */
  public static LocalDate parseBlackoutDate(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "blackout date: '" + text + "' is not a date YYYY-MM-DD", e);
    }
  }

  /**
   * The recipient hours.
   *
   * @return the hours, or empty when the policy is off
   */
  public Optional<RecipientHours> recipientHours() {
    return Optional.ofNullable(recipientHours);
  }

  /**
   * What happens to numbers of unknown zone.
   *
   * @return the choice; {@link UnknownZone#REFUSE} unless a fallback was set
   */
  public UnknownZone unknownZone() {
    return unknownZone;
  }

  /**
   * The blackout dates.
   *
   * @return an unmodifiable set in date order; empty when the policy is off
   */
  public Set<LocalDate> blackoutDates() {
    return blackoutDates;
  }

  /**
   * The zone in which blackout dates are read.
   *
   * @return the choice; {@link BlackoutZone#CAMPAIGN} unless set
   */
  public BlackoutZone blackoutZone() {
    return blackoutZone;
  }

  /**
   * The attempt cap.
   *
   * @return the cap, or empty when the policy is off
   */
  public Optional<AttemptCap> attemptCap() {
    return Optional.ofNullable(attemptCap);
  }

  /**
   * Whether no policy is configured.
   *
   * @return true when the policies change nothing
   */
  public boolean isEmpty() {
    return recipientHours == null && blackoutDates.isEmpty() && attemptCap == null;
  }

  /**
   * Whether some policy reads the recipient's time zone (recipient hours, or blackout dates read in
   * the recipient's zone).
   *
   * @return true when the engine asks the {@link RecipientZoneLookup}
   */
  public boolean readsRecipientZone() {
    return recipientHours != null
        || (!blackoutDates.isEmpty() && blackoutZone == BlackoutZone.RECIPIENT);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CompliancePolicies p)) {
      return false;
    }
    return Objects.equals(recipientHours, p.recipientHours)
        && unknownZone.equals(p.unknownZone)
        && blackoutDates.equals(p.blackoutDates)
        && blackoutZone == p.blackoutZone
        && Objects.equals(attemptCap, p.attemptCap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recipientHours, unknownZone, blackoutDates, blackoutZone, attemptCap);
  }

  @Override
  public String toString() {
    return "CompliancePolicies[recipientHours=" + recipientHours + ", unknownZone=" + unknownZone
        + ", blackoutDates=" + blackoutDates + " in " + blackoutZone + " zone, attemptCap="
        + attemptCap + "]";
  }

  /**
   * Collects the policies. Each setter replaces an earlier call to itself. Not thread-safe; use one
   * builder per policy set.
   */
  public static final class Builder {
    private RecipientHours recipientHours;
    private UnknownZone unknownZone;
    private Set<LocalDate> blackoutDates;
    private BlackoutZone blackoutZone;
    private AttemptCap attemptCap;

    private Builder() {}

    /**
     * Turns on the recipient hours policy.
     *
     * @param hours the allowed hours in the recipient's local time, for example
     *     {@link RecipientHours#TCPA}; not {@code null}
     * @return this builder
     */
    public Builder recipientHours(RecipientHours hours) {
      this.recipientHours = Objects.requireNonNull(hours, "recipientHours");
      return this;
    }

    /**
     * Chooses what happens to numbers whose zone is unknown (default {@link UnknownZone#REFUSE}).
     * Only meaningful with a policy that reads the recipient's zone; {@link #build()} rejects it
     * otherwise.
     *
     * @param choice {@link UnknownZone#REFUSE} or {@link UnknownZone#fallback}; not {@code null}
     * @return this builder
     */
    public Builder unknownZone(UnknownZone choice) {
      this.unknownZone = Objects.requireNonNull(choice, "unknownZone");
      return this;
    }

    /**
     * Turns on the blackout dates policy.
     *
     * @param dates the dates closed all day; not {@code null} nor empty, no {@code null} element
     * @param zone where the dates are read; not {@code null}
     * @return this builder
     * @throws IllegalArgumentException when {@code dates} is empty
     */
    public Builder blackoutDates(Collection<LocalDate> dates, BlackoutZone zone) {
      Objects.requireNonNull(dates, "blackoutDates");
      Objects.requireNonNull(zone, "blackoutZone");
      if (dates.isEmpty()) {
        throw new IllegalArgumentException("blackout dates: at least one date is required");
      }
      TreeSet<LocalDate> copy = new TreeSet<>();
      for (LocalDate d : dates) {
        copy.add(Objects.requireNonNull(d, "blackout date"));
      }
      this.blackoutDates = copy;
      this.blackoutZone = zone;
      return this;
    }

    /**
     * Turns on the attempt cap.
     *
     * @param maxAttempts the attempts allowed per period; at least 1
     * @param period the rolling period; positive
     * @return this builder
     * @throws IllegalArgumentException when {@code maxAttempts < 1} or the period is not positive
     */
    public Builder attemptCap(int maxAttempts, Duration period) {
      return attemptCap(new AttemptCap(maxAttempts, period));
    }

    /**
     * Turns on the attempt cap.
     *
     * @param cap the cap; not {@code null}
     * @return this builder
     */
    public Builder attemptCap(AttemptCap cap) {
      this.attemptCap = Objects.requireNonNull(cap, "attemptCap");
      return this;
    }

    /**
     * Builds the policies.
     *
     * @return the policies
     * @throws IllegalArgumentException when an unknown-zone choice was set but no policy reads the
     *     recipient's zone (it would have no effect)
     */
    public CompliancePolicies build() {
      CompliancePolicies p = new CompliancePolicies(this);
      if (unknownZone != null && !p.readsRecipientZone()) {
        throw new IllegalArgumentException("unknown zone: " + unknownZone + " is set but no policy"
            + " reads the recipient's zone (set recipient hours, or blackout dates in the recipient"
            + " zone)");
      }
      return p;
    }
  }
}
