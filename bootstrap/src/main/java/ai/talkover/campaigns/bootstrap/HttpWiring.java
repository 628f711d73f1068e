package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.application.port.out.RequestBudget;

/** Builds the HTTP adapter from the settings: only what was set is passed on. */
final class HttpWiring {

  private HttpWiring() {}

  static TalkoverHttpCampaignQuery httpQuery(Settings s, RequestBudget budget) {
    TalkoverHttpCampaignQuery.Builder hb = TalkoverHttpCampaignQuery.builder().token(s.token);
    if (s.baseUrl != null) {
      hb.baseUrl(s.baseUrl);
    }
    hb.allowInsecureHttp(s.allowInsecureHttp);
    if (s.proxyHost != null) {
      hb.proxy(s.proxyHost, s.proxyPort);
    }
    if (s.connectTimeout != null) {
      hb.connectTimeout(s.connectTimeout);
    }
    if (s.responseTimeout != null) {
      hb.responseTimeout(s.responseTimeout);
    }
    if (s.poolLeaseTimeout != null) {
      hb.poolLeaseTimeout(s.poolLeaseTimeout);
    }
    if (s.deadline != null) {
      hb.deadline(s.deadline);
    }
    if (s.maxConnections != null) {
      hb.maxConnections(s.maxConnections);
    }
    if (s.backoff != null) {
      hb.backoff(s.backoff);
    }
    hb.retry(s.retry).circuitBreaker(s.circuitBreaker);
    hb.clock(s.clock);
    if (s.meterRegistry != null) {
      hb.exchangeListener(MicrometerBinding.exchangeListener(s.meterRegistry));
    }
    return hb.requestBudget(budget).build();
  }

  /** The builder's settings as the HTTP adapter's builder shows them (token masked, URL checked). */
  static String describe(Settings s) {
    TalkoverHttpCampaignQuery.Builder shown = TalkoverHttpCampaignQuery.builder();
    if (s.token != null && !s.token.isBlank() && s.token.chars().noneMatch(c -> c <= 0x20 || c == 0x7F)) {
      shown.token(s.token);
    }
    if (s.baseUrl != null) {
      shown.baseUrl(s.baseUrl);
    }
    return shown.toString();
  }
}
