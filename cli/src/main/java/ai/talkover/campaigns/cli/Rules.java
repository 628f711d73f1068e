package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.adapter.phone.LibphonenumberZoneLookup;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import java.util.Objects;

/**
 * What a deciding command applies on top of the campaign: the opt-in compliance policies and the
 * do-not-call list of {@code --dnc-file}.
 *
 * @param policies the policies; {@code null} for none (exactly the Talkover rules)
 * @param doNotCall the do-not-call list; not {@code null}
 */
record Rules(CompliancePolicies policies, DoNotCallList doNotCall) {

  /** No policy, an empty do-not-call list: for the commands that only read the campaign. */
  static final Rules NONE = new Rules(null, DoNotCallList.empty());

  Rules {
    Objects.requireNonNull(doNotCall, "doNotCall");
  }

  /** The engine for a campaign read from a file: the same rules the wired client applies. */
  EligibilityEngine engine() {
    return policies == null || policies.isEmpty()
        ? EligibilityEngine.standard()
        : EligibilityEngine.withPolicies(policies, LibphonenumberZoneLookup.create());
  }
}
