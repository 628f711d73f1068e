package ai.talkover.campaigns.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The stub server's record of requests, read from WireMock's request journal (which lists the newest
 * first; everything here is oldest first). Thread-safe as the journal is.
 */
final class RequestLog {

  private final WireMockServer wireMock;

  RequestLog(WireMockServer wireMock) {
    this.wireMock = wireMock;
  }

  /** Requests whose route matches. */
  int count(Predicate<Route> which) {
    int n = 0;
    for (ServeEvent e : wireMock.getAllServeEvents()) {
      if (which.test(Route.of(e.getRequest().getUrl()))) {
        n++;
      }
    }
    return n;
  }

  /** The bodies (UTF-8) of the requests whose route matches, oldest first. */
  List<String> bodies(Predicate<Route> which) {
    List<ServeEvent> events = wireMock.getAllServeEvents();
    List<String> out = new ArrayList<>();
    for (int i = events.size() - 1; i >= 0; i--) {
      LoggedRequest r = events.get(i).getRequest();
      if (which.test(Route.of(r.getUrl()))) {
        out.add(r.getBodyAsString());
      }
    }
    return Collections.unmodifiableList(out);
  }

  int total() {
    return wireMock.getAllServeEvents().size();
  }

  void reset() {
    wireMock.resetRequests();
  }

  List<RecordedRequest> all() {
    List<ServeEvent> events = wireMock.getAllServeEvents();
    List<RecordedRequest> out = new ArrayList<>(events.size());
    for (int i = events.size() - 1; i >= 0; i--) {
      out.add(recorded(events.get(i).getRequest()));
    }
    return Collections.unmodifiableList(out);
  }

  Optional<RecordedRequest> last() {
    List<ServeEvent> events = wireMock.getAllServeEvents();
    return events.isEmpty() ? Optional.empty() : Optional.of(recorded(events.get(0).getRequest()));
  }

  private static RecordedRequest recorded(LoggedRequest r) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (r.getHeaders() != null) {
      for (HttpHeader h : r.getHeaders().all()) {
        headers.put(h.key(), h.values());
      }
    }
    return new RecordedRequest(r.getMethod().getName(), r.getUrl(), headers);
  }
}
