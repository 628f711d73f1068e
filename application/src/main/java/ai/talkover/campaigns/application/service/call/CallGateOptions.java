package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.CampaignCommands;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings a {@link CallGateService.Builder} collects and its setters, each checking its value at
 * once. Package-private and sealed to the builder: callers see {@code CallGateService.Builder} and
 * its setters; this class only holds them so that the gate's file stays the gate.
 *
 * <p>Not thread-safe.
 */
abstract sealed class CallGateOptions permits CallGateService.Builder {

  final CampaignQuery campaigns;
  final CampaignCommands commands;
  final Clock clock;
  DoNotCallList doNotCallList = DoNotCallList.empty();
  EligibilityEngine engine = EligibilityEngine.standard();
  Duration hold = Duration.ofMinutes(15);
  Duration placedRetention = Duration.ofHours(24);
  Duration skewTolerance = Duration.ofMinutes(1);
  AttemptLedger ledger;
  AttemptCap fleetCap;

  CallGateOptions(CampaignQuery campaigns, CampaignCommands commands, Clock clock) {
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The caller's do-not-call list. Default: empty.
   *
   * @param list the list; not {@code null}
   * @return this
   */
  public CallGateService.Builder doNotCallList(DoNotCallList list) {
    this.doNotCallList = Objects.requireNonNull(list, "list");
    return self();
  }

  /**
   * The rules and policies to decide with. Default: {@link EligibilityEngine#standard()}.
   *
   * @param engine the engine; not {@code null}
   * @return this
   */
  public CallGateService.Builder engine(EligibilityEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    return self();
  }

  /**
   * How long an attempt of unknown outcome blocks its number. Default: 15 minutes.
   *
   * @param hold positive
   * @return this
   */
  public CallGateService.Builder hold(Duration hold) {
    this.hold = positive("hold", hold);
    return self();
  }

  /**
   * How long a placed attempt counts while the API does not list it yet. Default: 24 hours.
   *
   * @param retention positive
   * @return this
   */
  public CallGateService.Builder placedRetention(Duration retention) {
    this.placedRetention = positive("placedRetention", retention);
    return self();
  }

  /**
   * How far the API's {@code created_at} may lag this clock when a call is looked for after an
   * uncertain failure. Default: 1 minute.
   *
   * @param tolerance not negative
   * @return this
   */
  public CallGateService.Builder skewTolerance(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("skewTolerance: " + tolerance + " is negative");
    }
    this.skewTolerance = tolerance;
    return self();
  }

  /**
   * Fleet mode: consult the fleet's attempt ledger (its attempts join each decision, and each call
   * is reserved in it, fail closed, before it is sent). Default: none (this process only).
   *
   * @param ledger the ledger shared by every node; not {@code null}
   * @return this
   */
  public CallGateService.Builder fleet(AttemptLedger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    return self();
  }

  /**
   * The rolling attempt cap the ledger holds atomically for the fleet (usually the policies'
   * {@code ATTEMPT_CAP}). Default: no cap beyond the rules', only the reservation.
   *
   * @param cap the cap; not {@code null}
   * @return this
   */
  public CallGateService.Builder fleetAttemptCap(AttemptCap cap) {
    this.fleetCap = Objects.requireNonNull(cap, "cap");
    return self();
  }

  private CallGateService.Builder self() {
    return (CallGateService.Builder) this;
  }

  private static Duration positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + ": " + d + " is not positive");
    }
    return d;
  }
}
