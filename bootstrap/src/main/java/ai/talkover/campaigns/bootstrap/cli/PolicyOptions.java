package ai.talkover.campaigns.bootstrap.cli;

import ai.talkover.campaigns.domain.EligibilityEngine;

/** The opt-in compliance policies of {@code eligibility} and {@code plan}. */
final class PolicyOptions {

  EligibilityEngine engine() {
    return EligibilityEngine.standard();
  }
}
