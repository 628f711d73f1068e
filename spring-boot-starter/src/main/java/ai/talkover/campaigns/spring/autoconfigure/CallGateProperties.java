package ai.talkover.campaigns.spring.autoconfigure;

import java.time.Duration;

/** {@code talkover.calls.*}: the call gate that queues calls only when the rules allow. */
public class CallGateProperties {

  /**
   * How long the gate blocks a number after an attempt whose outcome is unknown (the API may have
   * queued the call), so that nothing dials it again blind.
   */
  private Duration hold = Duration.ofMinutes(15);

  /** @return the hold after an unknown outcome */
  public Duration getHold() {
    return hold;
  }

  /** @param hold the hold after an unknown outcome */
  public void setHold(Duration hold) {
    this.hold = hold;
  }
}
