package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import ai.talkover.campaigns.domain.eligibility.Reason;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The README's wired snippet, verbatim between the markers (the main build's ReadmeTest checks the
 * text), compiled against the installed artifacts and run against a JDK HTTP server that answers
 * Get Campaign as the API does. Only micrometer-core is on the class path, as in a Spring Boot
 * actuator application.
 */
class ReadmeSnippetTest {

  private final List<String> outcomes = new ArrayList<>();

  private void dial() {
    outcomes.add("dial");
  }

  private void retryAt(Instant at, Set<Reason> reasons) {
    outcomes.add("retry " + at + " " + reasons);
  }

  private void giveUp(Set<Reason> reasons) {
    outcomes.add("give up " + reasons);
  }

  @Test
  void readmeWiredSnippet_compilesAndRuns_withOnlyTheWiredLibraryAndMicrometerCore() throws IOException {
    byte[] body;
    try (InputStream in = ReadmeSnippetTest.class.getResourceAsStream("/get-campaign.json")) {
      body = in.readAllBytes();
    }
    AtomicInteger requests = new AtomicInteger();
    HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext("/api/v1/campaigns/campaign-uuid-1", exchange -> {
      requests.incrementAndGet();
      boolean authorised = "Bearer talq_consumer".equals(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] answer = authorised ? body : "{\"success\":false,\"message\":\"Unauthorized\"}".getBytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(authorised ? 200 : 401, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    api.start();
    try {
      String apiToken = "talq_consumer";
      String baseUrl = "http://127.0.0.1:" + api.getAddress().getPort() + "/api/v1";
      DoNotCallList myDoNotCallList = DoNotCallList.empty();
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      List<Contact> contacts = List.of(Contact.of("+12125550101"), Contact.of("+13105550102"));
      // README:wired
      try (TalkoverCampaigns talkover = TalkoverCampaigns.builder()
              .token(apiToken)                         // or .fromEnvironment(): TALKOVER_API_TOKEN, TALKOVER_BASE_URL
              .baseUrl(baseUrl)                        // default https://app.talkover.ai; with or without /api/v1
              .deadline(Duration.ofSeconds(10))        // one deadline per call, every retry included
              .cacheMaxStaleness(Duration.ofHours(1))  // serve the last good campaign while the API fails
              .doNotCallList(myDoNotCallList)          // your environment/global list (a port)
              .policies(CompliancePolicies.builder()   // optional, on top of Talkover's own rules
                  .recipientHours(RecipientHours.TCPA)     // 08:00-21:00 where the recipient is (from the number)
                  .unknownZone(UnknownZone.fallback(ZoneId.of("America/Chicago")))  // see below
                  .attemptCap(3, Duration.ofHours(24))
                  .build())
              .meterRegistry(registry)                 // optional: HTTP timings, Caffeine, Resilience4j
              .build()) {
        CampaignId id = CampaignId.of("campaign-uuid-1");
        Decision d = talkover.eligibility().decide(id, Contact.of("+1 555 000 0001"));
        if (d.callable()) {
          dial();
        } else {
          d.nextEligibleAt().ifPresentOrElse(at -> retryAt(at, d.reasons()), () -> giveUp(d.reasons()));
        }
        List<PlannedContact> plan = talkover.planner().plan(id, contacts);   // ordered by next eligible time
      }
      // README:end
      assertEquals(1, outcomes.size(), outcomes.toString());
      assertFalse(outcomes.get(0).contains("RECIPIENT_ZONE_UNKNOWN"), outcomes.get(0));
      assertEquals(1, requests.get(), "one fetch; the plan is served from the cache");
      assertEquals(1, registry.get("talkover.http.client.requests").timer().count());
      assertTrue(registry.find("resilience4j.retry.calls").meters().isEmpty(),
          "no resilience4j-micrometer here, so no retry meters");
    } finally {
      api.stop(0);
    }
  }
}
