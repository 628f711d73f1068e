package ai.talkover.campaigns.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisUrlTest {

  @Test
  void parse_hostPortAndDatabase() {
    RedisUrl url = RedisUrl.parse("TALKOVER_REDIS_URL", "redis://cache.internal:6380/3");
    assertThat(url.host()).isEqualTo("cache.internal");
    assertThat(url.port()).isEqualTo(6380);
    assertThat(url.database()).isEqualTo(3);
    assertThat(url.tls()).isFalse();
    assertThat(url).hasToString("redis://cache.internal:6380/3");
  }

  @Test
  void parse_rediss_meansTls_andDefaultPort() {
    RedisUrl url = RedisUrl.parse("f", "rediss://cache");
    assertThat(url.tls()).isTrue();
    assertThat(url.port()).isEqualTo(6379);
    assertThat(url.toRedisUri(java.time.Duration.ofSeconds(1)).isSsl()).isTrue();
  }

  @Test
  void toString_masksThePassword() {
    RedisUrl url = RedisUrl.parse("f", "redis://dialer:s3cr3t-pw@cache:6379/1");
    assertThat(url.toString()).isEqualTo("redis://dialer:***@cache:6379/1").doesNotContain("s3cr3t");
    assertThat(RedisUrl.parse("f", "redis://:s3cr3t-pw@cache").toString())
        .isEqualTo("redis://:***@cache:6379");
    assertThat(url.redact("AUTH failed for s3cr3t-pw")).isEqualTo("AUTH failed for ***");
  }

  @Test
  void parse_badUrl_namesTheField_andMasksThePassword() {
    assertThatThrownBy(() -> RedisUrl.parse("TALKOVER_REDIS_URL", "http://u:s3cr3t-pw@cache:6379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALKOVER_REDIS_URL: ")
        .hasMessageContaining("redis:// or rediss://")
        .hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> RedisUrl.parse("TALKOVER_REDIS_URL", "redis://:s3cr3t-pw@cache/x"))
        .hasMessageContaining("database 'x'")
        .hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> RedisUrl.parse("TALKOVER_REDIS_URL", "redis:///0"))
        .hasMessageContaining("has no host");
  }
}
