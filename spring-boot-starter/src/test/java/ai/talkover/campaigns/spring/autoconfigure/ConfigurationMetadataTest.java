package ai.talkover.campaigns.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The configuration processor documents every property, so that IDEs complete and explain them. */
class ConfigurationMetadataTest {

  /** Every property with its documented default ({@code null}: none, stated in the description). */
  private static final Map<String, Object> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("talkover.api.token", null);
    DEFAULTS.put("talkover.api.base-url", "https://app.talkover.ai");
    DEFAULTS.put("talkover.api.allow-insecure-http", false);
    DEFAULTS.put("talkover.api.rate-limit", null);
    DEFAULTS.put("talkover.fleet.redis-url", null);
    DEFAULTS.put("talkover.calls.hold", "15m");
    DEFAULTS.put("talkover.http.connect-timeout", "2s");
    DEFAULTS.put("talkover.http.response-timeout", "5s");
    DEFAULTS.put("talkover.http.deadline", "15s");
    DEFAULTS.put("talkover.http.max-attempts", 3);
    DEFAULTS.put("talkover.http.max-connections", 20);
    DEFAULTS.put("talkover.http.proxy.host", null);
    DEFAULTS.put("talkover.http.proxy.port", null);
    DEFAULTS.put("talkover.cache.maximum-size", 10000);
    DEFAULTS.put("talkover.cache.expire-after-write", "5m");
    DEFAULTS.put("talkover.cache.refresh-after-write", "30s");
    DEFAULTS.put("talkover.cache.max-staleness", "1h");
    DEFAULTS.put("talkover.cache.not-found-ttl", "30s");
    DEFAULTS.put("talkover.compliance.recipient-hours", null);
    DEFAULTS.put("talkover.compliance.fallback-zone", null);
    DEFAULTS.put("talkover.compliance.blackout-dates", null);
    DEFAULTS.put("talkover.compliance.blackout-zone", "campaign");
    DEFAULTS.put("talkover.compliance.attempt-cap.max", null);
    DEFAULTS.put("talkover.compliance.attempt-cap.per", null);
  }

  private static Map<String, JsonNode> properties() throws IOException {
    try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      Objects.requireNonNull(in, "the configuration processor wrote no metadata");
      Map<String, JsonNode> byName = new LinkedHashMap<>();
      for (JsonNode p : new ObjectMapper().readTree(in).get("properties")) {
        byName.put(p.get("name").asText(), p);
      }
      return byName;
    }
  }

  @Test
  void metadata_listsExactlyTheDocumentedProperties() throws IOException {
    assertThat(properties().keySet()).containsExactlyInAnyOrderElementsOf(DEFAULTS.keySet());
  }

  @Test
  void everyProperty_hasADescription() throws IOException {
    properties().forEach((name, p) -> assertThat(p.path("description").asText())
        .as(name).hasSizeGreaterThan(20).doesNotContain("@return"));
  }

  @Test
  void everyDefault_isTheDocumentedOne() throws IOException {
    Map<String, JsonNode> properties = properties();
    DEFAULTS.forEach((name, expected) -> {
      JsonNode actual = properties.get(name).get("defaultValue");
      if (expected == null) {
        assertThat(actual).as(name).isNull();
      } else {
        assertThat(actual).as(name).isNotNull();
        assertThat(actual.isTextual() ? actual.asText() : actual.isBoolean() ? (Object) actual.asBoolean()
            : (Object) actual.asInt()).as(name).isEqualTo(expected);
      }
    });
  }

  @Test
  void propertiesWithoutADefault_sayWhatUnsetMeans() throws IOException {
    Map<String, JsonNode> properties = properties();
    for (String name : new String[] {"talkover.compliance.recipient-hours", "talkover.compliance.fallback-zone",
        "talkover.compliance.attempt-cap.max", "talkover.fleet.redis-url", "talkover.api.rate-limit"}) {
      assertThat(properties.get(name).get("description").asText()).as(name).contains("Unset:");
    }
  }
}
