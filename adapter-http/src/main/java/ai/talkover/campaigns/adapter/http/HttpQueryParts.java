package ai.talkover.campaigns.adapter.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The parts one {@link TalkoverHttpCampaignQuery} is made of, wired from its settings: one
 * connection pool ({@link Transport}), one circuit breaker, and two {@link ResilientTransport}s
 * over them, the reads' (whose retry sends again after network failures, 408, 429 and 5xx) and the
 * writes' (whose retry sends again only what {@link CampaignWriter#certainlyNotProcessed certainly
 * was not processed}). Both share the pool, the breaker, the deadline, the clock and the
 * redaction; closing the reads' transport closes the shared pool.
 *
 * @param redactor masks the token
 * @param codec reads the reads' bodies and every error body
 * @param circuitBreaker the breaker both sides ask
 * @param retry the reads' retry
 * @param reads the reads' transport
 * @param writeRetry the writes' retry
 * @param writes the writes' transport
 */
record HttpQueryParts(Redactor redactor, JsonCodec codec, CircuitBreaker circuitBreaker, Retry retry,
    ResilientTransport reads, Retry writeRetry, ResilientTransport writes) {

  /**
   * Opens the pool and wires the parts.
   *
   * @param s the checked settings
   * @return the parts; close {@link #reads()} to release them
   */
  static HttpQueryParts wire(HttpQuerySettings s) {
    Redactor redactor = new Redactor(s.token());
    JsonCodec codec = new JsonCodec(s.maxBodyBytes());
    CircuitBreaker breaker = CircuitBreaker.of(s.name(),
        ResilienceConfigs.circuitBreaker(s.deadline(), s.circuitBreakerCustomizer(), s.clock()));
    Retry retry = Retry.of(s.name(),
        ResilienceConfigs.retry(s.retryCustomizer(), s.backoff(), s.clock(), breaker));
    Retry writeRetry = Retry.of(s.name() + "-write", writeRetryConfig(s, breaker));
    Transport http = new Transport(s.token(), UserAgent.value(), s.connectTimeout(),
        s.responseTimeout(), s.poolLeaseTimeout(), s.maxBodyBytes(), s.maxConnections(), redactor,
        ProxyRoutes.planner(s.proxy()));
    String notTheApi = redactor.redact(ApiBaseUrl.notTheApi(s.baseUrl()));
    return new HttpQueryParts(redactor, codec, breaker, retry,
        resilient(http, retry, breaker, s, redactor, codec, notTheApi), writeRetry,
        resilient(http, writeRetry, breaker, s, redactor, codec, notTheApi));
  }

  private static ResilientTransport resilient(Transport http, Retry retry, CircuitBreaker breaker,
      HttpQuerySettings s, Redactor redactor, JsonCodec codec, String notTheApi) {
    return new ResilientTransport(http, retry, breaker, new CallerThreadScheduler(s.sleeper()),
        s.clock(), s.deadline(), s.maxBodyBytes(), redactor, codec::readError, notTheApi,
        s.listener(), s.budget());
  }

  /**
   * The retry of the writes: the attempts of the reads' configuration (the caller's customiser
   * included), but only a connection never made or a 429 is sent again
   * ({@link CampaignWriter#certainlyNotProcessed}); the interval is the reads' (the server's wait,
   * within the deadline).
   */
  private static RetryConfig writeRetryConfig(HttpQuerySettings s, CircuitBreaker breaker) {
    RetryConfig.Builder<Object> config = RetryConfig.<Object>custom().maxAttempts(3);
    s.retryCustomizer().accept(config);
    return config
        .retryExceptions()
        .ignoreExceptions()
        .retryOnException(t -> t instanceof FailedAttempt f
            && CampaignWriter.certainlyNotProcessed(f.failure()))
        .retryOnResult(null)
        .failAfterMaxAttempts(false)
        .intervalBiFunction(new RetryInterval(s.backoff(), s.clock(), breaker))
        .build();
  }
}
