package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.AttemptLedgerUnavailableException;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@link AttemptLedger} in Redis: per (campaign, number) a sorted set of attempts scored by their
 * instant (epoch milliseconds) and kept for the ledger's retention (at least the longest cap period),
 * and an in-flight key holding the fencing token of the live reservation. {@link #tryReserve} is one
 * Lua script, so the check (no live reservation, fewer than the cap's attempts in its period) and the
 * writes (the attempt, the reservation) are atomic for the whole fleet. The cap counts the ledger's
 * attempts and the campaign's {@code calls[]} entries the caller lists, a listed call whose id a
 * ledger attempt carries once. Members are {@code token|status[|callId]}: the reservation token
 * identifies the attempt, release rewrites its status and adds the API's id of the call.
 *
 * <p>Reads answer with nothing when Redis does not answer (the campaign's {@code calls[]} still
 * counts); reservations and releases throw {@link AttemptLedgerUnavailableException} (fail closed).
 * Thread-safe.
 */
final class RedisAttemptLedger implements AttemptLedger {

  /**
   * KEYS: attempts, in-flight. ARGV: now, cap period, cap, token, ttl, retention, then pairs of a
   * listed call's id ('' for none) and its instant. Counts the ledger's attempts in the period plus
   * the listed calls in it whose id no ledger attempt carries.
   */
  private static final String RESERVE = """
      local now = tonumber(ARGV[1])
      if redis.call('exists', KEYS[2]) == 1 then return -1 end
      redis.call('zremrangebyscore', KEYS[1], '-inf', '(' .. (now - tonumber(ARGV[6])))
      local since = now - tonumber(ARGV[2])
      local members = redis.call('zrangebyscore', KEYS[1], '(' .. since, '+inf')
      local n = #members
      local ids = {}
      for _, m in ipairs(members) do
        local first = string.find(m, '|', 1, true)
        local second = first and string.find(m, '|', first + 1, true)
        if second then ids[string.sub(m, second + 1)] = true end
      end
      for i = 7, #ARGV, 2 do
        local id = ARGV[i]
        if tonumber(ARGV[i + 1]) > since and (id == '' or not ids[id]) then
          n = n + 1
          if id ~= '' then ids[id] = true end
        end
      end
      if n >= tonumber(ARGV[3]) then return -2 end
      redis.call('zadd', KEYS[1], now, ARGV[4] .. '|in_progress')
      redis.call('pexpire', KEYS[1], ARGV[6])
      redis.call('set', KEYS[2], ARGV[4], 'PX', ARGV[5])
      return 1
      """;

  /** KEYS: attempts, in-flight. ARGV: token, status, instant, call id ('' for none). */
  private static final String RELEASE = """
      if redis.call('get', KEYS[2]) == ARGV[1] then redis.call('del', KEYS[2]) end
      if redis.call('zrem', KEYS[1], ARGV[1] .. '|in_progress') == 1 then
        local member = ARGV[1] .. '|' .. ARGV[2]
        if ARGV[4] ~= '' then member = member .. '|' .. ARGV[4] end
        redis.call('zadd', KEYS[1], ARGV[3], member)
        return 1
      end
      return 0
      """;

  private static final String IN_PROGRESS_SUFFIX = "|" + IN_PROGRESS.value();

  private final RedisLink link;
  private final Keys keys;
  private final long retentionMillis;

  RedisAttemptLedger(RedisLink link, Keys keys, Duration retention) {
    this.link = link;
    this.keys = keys;
    this.retentionMillis = retention.toMillis();
  }

  @Override
  public List<CallAttempt> attempts(CampaignId campaign, PhoneNumber number) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(number, "number");
    List<ScoredValue<byte[]>> members;
    byte[] live;
    try {
      members = link.call("read attempts", c -> c.zrangeWithScores(keys.attempts(campaign, number), 0, -1));
      live = members.isEmpty() ? null
          : link.call("read reservation", c -> c.get(keys.inFlight(campaign, number)));
    } catch (RedisUnavailable e) {
      return List.of();
    }
    return decode(members, live);
  }

  private static List<CallAttempt> decode(List<ScoredValue<byte[]>> members, byte[] live) {
    String liveToken = live == null ? null : new String(live, StandardCharsets.UTF_8);
    List<CallAttempt> out = new ArrayList<>(members.size());
    for (ScoredValue<byte[]> m : members) {
      String member = new String(m.getValue(), StandardCharsets.UTF_8);
      int bar = member.indexOf('|');
      if (bar < 0) {
        continue;
      }
      String token = member.substring(0, bar);
      int second = member.indexOf('|', bar + 1);
      CallStatus status = CallStatus.of(second < 0 ? member.substring(bar + 1)
          : member.substring(bar + 1, second));
      if (member.endsWith(IN_PROGRESS_SUFFIX) && !token.equals(liveToken)) {
        status = UNKNOWN_OUTCOME;
      }
      out.add(CallAttempt.of(Instant.ofEpochMilli((long) m.getScore()), status, null, 0));
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Pipelined: one round trip for every number.
   */
  @Override
  public Map<PhoneNumber, List<CallAttempt>> attempts(CampaignId campaign,
      Collection<PhoneNumber> numbers) {
    Objects.requireNonNull(campaign, "campaign");
    List<PhoneNumber> list = List.copyOf(numbers);
    Map<PhoneNumber, List<CallAttempt>> out = new LinkedHashMap<>();
    if (list.isEmpty()) {
      return out;
    }
    List<RedisFuture<Object>> futures;
    try {
      futures = link.pipeline("read attempts", c -> {
        List<RedisFuture<Object>> f = new ArrayList<>(list.size() * 2);
        for (PhoneNumber n : list) {
          f.add(cast(c.zrangeWithScores(keys.attempts(campaign, n), 0, -1)));
          f.add(cast(c.get(keys.inFlight(campaign, n))));
        }
        return f;
      }, Duration.ofMillis(Math.max(1000, list.size())));
    } catch (RedisUnavailable e) {
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      @SuppressWarnings("unchecked")
      List<ScoredValue<byte[]>> members = (List<ScoredValue<byte[]>>) futures.get(2 * i).toCompletableFuture().join();
      byte[] live = (byte[]) futures.get(2 * i + 1).toCompletableFuture().join();
      if (!members.isEmpty()) {
        out.put(list.get(i), decode(members, live));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static RedisFuture<Object> cast(RedisFuture<?> f) {
    return (RedisFuture<Object>) f;
  }

  @Override
  public Reservation tryReserve(CampaignId campaign, PhoneNumber number, AttemptCap cap,
      Duration ttl, Instant now, Collection<CallRecord> listed) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(listed, "listed");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl: " + ttl + " is not positive");
    }
    String token = UUID.randomUUID().toString();
    long retention = Math.max(retentionMillis, cap.period().toMillis());
    List<byte[]> args = new ArrayList<>(6 + 2 * listed.size());
    args.add(num(now.toEpochMilli()));
    args.add(num(cap.period().toMillis()));
    args.add(num(cap.maxAttempts()));
    args.add(Keys.bytes(token));
    args.add(num(ttl.toMillis()));
    args.add(num(retention));
    for (CallRecord call : listed) {
      args.add(Keys.bytes(call.id() == null ? "" : call.id()));
      args.add(num(call.attempt().at().toEpochMilli()));
    }
    byte[][] argv = args.toArray(new byte[0][]);
    Long answer;
    try {
      answer = link.call("reserve a call", c -> c.eval(RESERVE, ScriptOutputType.INTEGER,
          new byte[][] {keys.attempts(campaign, number), keys.inFlight(campaign, number)}, argv));
    } catch (RedisUnavailable e) {
      throw new AttemptLedgerUnavailableException("the attempt ledger cannot reserve campaign '"
          + campaign + "' number " + number.e164() + ": " + e.getMessage(), null);
    }
    if (answer != null && answer == 1) {
      return Reservation.granted(campaign, number, now, token);
    }
    return Reservation.refused(campaign, number, now, answer != null && answer == -1
        ? Reservation.Outcome.CALL_IN_PROGRESS : Reservation.Outcome.ATTEMPT_CAP_REACHED);
  }

  @Override
  public void release(Reservation reservation, CallStatus outcome, String callId) {
    Objects.requireNonNull(reservation, "reservation");
    Objects.requireNonNull(outcome, "outcome");
    if (!reservation.isGranted()) {
      return;
    }
    if (outcome.value().indexOf('|') >= 0) {
      throw new IllegalArgumentException("outcome: '" + outcome + "' contains '|'");
    }
    try {
      link.call("release a call", c -> c.eval(RELEASE, ScriptOutputType.INTEGER,
          new byte[][] {keys.attempts(reservation.campaign(), reservation.number()),
              keys.inFlight(reservation.campaign(), reservation.number())},
          Keys.bytes(reservation.token()), Keys.bytes(outcome.value()),
          num(reservation.at().toEpochMilli()), Keys.bytes(callId == null ? "" : callId)));
    } catch (RedisUnavailable e) {
      throw new AttemptLedgerUnavailableException("the attempt ledger cannot release campaign '"
          + reservation.campaign() + "' number " + reservation.number().e164() + ": "
          + e.getMessage(), null);
    }
  }

  private static byte[] num(long n) {
    return Keys.bytes(Long.toString(n));
  }

  @Override
  public String toString() {
    return "RedisAttemptLedger[" + link.url() + ", retention=" + Duration.ofMillis(retentionMillis)
        + "]";
  }
}
