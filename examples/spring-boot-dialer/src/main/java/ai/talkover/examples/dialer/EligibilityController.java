package ai.talkover.examples.dialer;

import ai.talkover.campaigns.application.port.in.DecideEligibilityUseCase;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /eligibility?campaign=ID&to=NUMBER}: may this number be called now, and if not, when.
 * The answer has the command-line tool's JSON shape:
 * {@code {"to":"+15550000001","callable":false,"next_eligible_at":"2025-03-10T13:00:00Z","reasons":["OUTSIDE_CALL_WINDOW"]}}.
 */
@RestController
class EligibilityController {

  private final DecideEligibilityUseCase eligibility;

  EligibilityController(DecideEligibilityUseCase eligibility) {
    this.eligibility = eligibility;
  }

  @GetMapping("/eligibility")
  EligibilityResponse eligibility(@RequestParam String campaign, @RequestParam String to) {
    Contact contact = Contact.of(to);
    Decision decision = eligibility.decide(CampaignId.of(campaign), contact);
    return EligibilityResponse.of(contact, decision);
  }

  /** An unknown campaign: 404 with the API's message. */
  @ExceptionHandler(CampaignNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(CampaignNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  /** The API failed (and no cached copy could answer): 502. */
  @ExceptionHandler(CampaignQueryException.class)
  ResponseEntity<Map<String, String>> apiFailed(CampaignQueryException e) {
    return error(HttpStatus.BAD_GATEWAY, e.getMessage());
  }

  /** A malformed number or campaign id: 400 naming it. */
  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badInput(IllegalArgumentException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("error", String.valueOf(message)));
  }
}
