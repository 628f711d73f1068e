package ai.talkover.campaigns.testkit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the {@link TalkoverStubServer} received.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param url the path and query as sent, still percent-encoded
 * @param headers every header; look names up with {@link #header(String)} (case-insensitive)
 */
public record RecordedRequest(String method, String url, Map<String, List<String>> headers) {

  /**
   * Copies the headers into an unmodifiable, case-insensitive map.
   *
   * @param method the HTTP method
   * @param url the path and query as sent
   * @param headers every header
   */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The request with the Authorization value masked. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(method).append(' ').append(url).append(" {");
    headers.forEach((k, v) -> sb.append(k).append('=')
        .append(k.equalsIgnoreCase("Authorization") ? "***" : String.join(",", v)).append("; "));
    return sb.append('}').toString();
  }
}
