package ai.talkover.examples.dialer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A dialer back-end in a few lines: the starter wires the Talkover client from {@code talkover.*}
 * properties (the token from {@code TALKOVER_API_TOKEN}); {@link EligibilityController} answers
 * {@code GET /eligibility?campaign=...&to=...}.
 */
@SpringBootApplication
public class DialerApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(DialerApplication.class, args);
  }
}
