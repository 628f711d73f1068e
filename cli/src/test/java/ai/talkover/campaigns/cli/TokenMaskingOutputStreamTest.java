package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenMaskingOutputStreamTest {

  private static final String TOKEN = "talq_secret_123";

  @Test
  void tokenInOneWrite_isMasked() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (TokenMaskingOutputStream out = new TokenMaskingOutputStream(sink, TOKEN.getBytes(StandardCharsets.UTF_8))) {
      out.write("Authorization: Bearer talq_secret_123 and talq_secret_123!\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("Authorization: Bearer *** and ***!\n");
  }

  @Test
  void tokenSplitAcrossWritesAndBytes_isMasked() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    TokenMaskingOutputStream out = new TokenMaskingOutputStream(sink, TOKEN.getBytes(StandardCharsets.UTF_8));
    out.write("x talq_sec".getBytes(StandardCharsets.UTF_8));
    out.write('r');
    out.write("et_123 y talq_".getBytes(StandardCharsets.UTF_8));
    out.flush();
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("x *** y talq_");
  }

  @Test
  void textWithoutTheToken_passesUnchanged() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (TokenMaskingOutputStream out = new TokenMaskingOutputStream(sink, TOKEN.getBytes(StandardCharsets.UTF_8))) {
      out.write("talq_secret_12 almost, Zoë\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("talq_secret_12 almost, Zoë\n");
  }
}
