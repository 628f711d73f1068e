package ai.talkover.examples.dialer;

import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The JSON answer of {@code GET /eligibility}.
 *
 * @param to the number, normalised to E.164
 * @param callable whether it may be called now
 * @param nextEligibleAt the first instant it may be called; {@code null} (written as JSON null) when
 *     never
 * @param reasons every rule that fails now, in rule order; empty when callable
 */
record EligibilityResponse(
    String to,
    boolean callable,
    @JsonProperty("next_eligible_at") @JsonInclude(JsonInclude.Include.ALWAYS) String nextEligibleAt,
    List<String> reasons) {

  static EligibilityResponse of(Contact contact, Decision d) {
    return new EligibilityResponse(contact.number().e164(), d.callable(),
        d.nextEligibleAt().map(Instant::toString).orElse(null),
        d.reasons().stream().map(Reason::name).toList());
  }
}
