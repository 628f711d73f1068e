package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The semantics of List Campaigns shared by {@link TalkoverStubServer} and
 * {@link InMemoryCampaignQuery}: parameter validation (Laravel-style 422 messages), filtering and
 * page-number pagination.
 *
 * <ul>
 *   <li>{@code status} and {@code campaign_type} must be documented values (§2.1, §2.2), matched
 *       exactly; {@code agent_id} is matched exactly.
 *   <li>{@code search} is a case-insensitive substring of the name or the description.
 *   <li>{@code date_from}/{@code date_to} ({@code YYYY-MM-DD}) bound the campaign's
 *       {@code start_date}, both inclusive. The API docs do not say which date they filter; the
 *       start date is this testkit's choice. A campaign without a (valid) start date never matches a
 *       date bound.
 *   <li>{@code page} defaults to 1 (at least 1); {@code per_page} defaults to 20 (1..100).
 *   <li>An empty parameter counts as absent, as Laravel's empty-string-to-null middleware makes it.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class ListQuery {

  static final Set<String> STATUSES = Set.of("draft", "active", "paused", "completed", "cancelled");
  static final Set<String> TYPES = Set.of("sales", "follow_up", "reminder", "custom");
  static final String INVALID_MESSAGE = "The given data was invalid.";
  private static final BigInteger MIN_INT = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger MAX_INT = BigInteger.valueOf(Integer.MAX_VALUE);

  /** What a list filter looks at in one campaign; every field nullable. */
  record Facts(
      String status, String campaignType, String agentId, String name, String description,
      LocalDate startDate) {}

  /**
   * One page of a filtered list.
   *
   * @param <T> the item type
   * @param items the page's items
   * @param currentPage the page asked for
   * @param lastPage the last page, at least 1
   * @param perPage the page size
   * @param total matching items in all pages
   * @param from 1-based index of the first item; null on an empty page
   * @param to 1-based index of the last item; null on an empty page
   */
  record Page<T>(
      List<T> items, int currentPage, int lastPage, int perPage, int total, Integer from,
      Integer to) {

    /** @return the {@code pagination} block as JSON-ready values, in documented order */
    Map<String, Object> paginationBlock() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("current_page", currentPage);
      p.put("last_page", lastPage);
      p.put("per_page", perPage);
      p.put("total", total);
      p.put("from", from);
      p.put("to", to);
      return p;
    }
  }

  /**
   * The outcome of validating list parameters: either a query or Laravel's error map.
   *
   * @param query the query; null when invalid
   * @param errors field to messages, in parameter order; empty when valid
   */
  record Parsed(ListQuery query, Map<String, List<String>> errors) {

    boolean valid() {
      return query != null;
    }

    /** @return the 422 body in the documented Laravel shape */
    String errorBody() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("success", false);
      body.put("message", INVALID_MESSAGE);
      body.put("errors", errors);
      return JsonValues.write(body);
    }
  }

  private final String status;
  private final String campaignType;
  private final String agentId;
  private final LocalDate dateFrom;
  private final LocalDate dateTo;
  private final String search;
  private final int page;
  private final int perPage;

  private ListQuery(String status, String campaignType, String agentId, LocalDate dateFrom,
      LocalDate dateTo, String search, int page, int perPage) {
    this.status = status;
    this.campaignType = campaignType;
    this.agentId = agentId;
    this.dateFrom = dateFrom;
    this.dateTo = dateTo;
    this.search = search == null ? null : search.toLowerCase(Locale.ROOT);
    this.page = page;
    this.perPage = perPage;
  }

  /**
   * Validates raw query parameters.
   *
   * @param param the value of a parameter by name, or null when absent
   * @return the query, or the errors
   */
  static Parsed parse(Function<String, String> param) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String status = blankToNull(param.apply("status"));
    if (status != null && !STATUSES.contains(status)) {
      add(errors, "status", "The selected status is invalid.");
    }
    String type = blankToNull(param.apply("campaign_type"));
    if (type != null && !TYPES.contains(type)) {
      add(errors, "campaign_type", "The selected campaign type is invalid.");
    }
    String agent = blankToNull(param.apply("agent_id"));
    LocalDate from = date(errors, "date_from", "date from", param.apply("date_from"));
    LocalDate to = date(errors, "date_to", "date to", param.apply("date_to"));
    if (from != null && to != null && to.isBefore(from)) {
      add(errors, "date_to", "The date to must be a date after or equal to date from.");
    }
    String search = blankToNull(param.apply("search"));
    Integer perPage = integer(errors, "per_page", "per page", param.apply("per_page"),
        CampaignFilter.DEFAULT_PER_PAGE);
    if (perPage != null && (perPage < 1 || perPage > CampaignFilter.MAX_PER_PAGE)) {
      add(errors, "per_page", "The per page must be between 1 and " + CampaignFilter.MAX_PER_PAGE + ".");
    }
    Integer page = integer(errors, "page", "page", param.apply("page"), 1);
    if (page != null && page < 1) {
      add(errors, "page", "The page must be at least 1.");
    }
    if (!errors.isEmpty()) {
      return new Parsed(null, errors);
    }
    return new Parsed(new ListQuery(status, type, agent, from, to, search, page, perPage), Map.of());
  }

  /**
   * Validates a port filter exactly as the server validates the query parameters it becomes.
   *
   * @param filter the filter
   * @return the query, or the errors
   */
  static Parsed of(CampaignFilter filter) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("status", filter.status());
    params.put("campaign_type", filter.campaignType());
    params.put("agent_id", filter.agentId());
    params.put("date_from", filter.dateFrom() == null ? null : filter.dateFrom().toString());
    params.put("date_to", filter.dateTo() == null ? null : filter.dateTo().toString());
    params.put("search", filter.search());
    params.put("page", Integer.toString(filter.page()));
    params.put("per_page", Integer.toString(filter.perPage()));
    return parse(params::get);
  }

  /**
   * Whether a campaign passes every filter.
   *
   * @param f the campaign's facts
   * @return true when it is listed
   */
  boolean matches(Facts f) {
    if (status != null && !status.equals(f.status())) {
      return false;
    }
    if (campaignType != null && !campaignType.equals(f.campaignType())) {
      return false;
    }
    if (agentId != null && !agentId.equals(f.agentId())) {
      return false;
    }
    if (search != null && !contains(f.name()) && !contains(f.description())) {
      return false;
    }
    if (dateFrom != null && (f.startDate() == null || f.startDate().isBefore(dateFrom))) {
      return false;
    }
    return dateTo == null || (f.startDate() != null && !f.startDate().isAfter(dateTo));
  }

  private boolean contains(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(search);
  }

  /**
   * Filters and cuts out the requested page, keeping the input order.
   *
   * @param <T> the item type
   * @param all every item, in list order
   * @param facts what the filter sees of an item
   * @return the page
   */
  <T> Page<T> apply(List<T> all, Function<T, Facts> facts) {
    List<T> matching = new ArrayList<>();
    for (T item : all) {
      if (matches(facts.apply(item))) {
        matching.add(item);
      }
    }
    int total = matching.size();
    int lastPage = Math.max(1, (total + perPage - 1) / perPage);
    long start = (long) (page - 1) * perPage;
    if (start >= total) {
      return new Page<>(List.of(), page, lastPage, perPage, total, null, null);
    }
    int end = (int) Math.min(total, start + perPage);
    List<T> items = List.copyOf(matching.subList((int) start, end));
    return new Page<>(items, page, lastPage, perPage, total, (int) start + 1, end);
  }

  /**
   * Parses a date leniently for filtering: a malformed date is no date.
   *
   * @param text the text; nullable
   * @return the date, or null
   */
  static LocalDate dateOrNull(Object text) {
    if (!(text instanceof String)) {
      return null;
    }
    try {
      return LocalDate.parse((String) text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String blankToNull(String v) {
    return v == null || v.isEmpty() ? null : v;
  }

  private static LocalDate date(Map<String, List<String>> errors, String field, String label,
      String raw) {
    String v = blankToNull(raw);
    if (v == null) {
      return null;
    }
    LocalDate d = dateOrNull(v);
    if (d == null) {
      add(errors, field, "The " + label + " must be a valid date.");
    }
    return d;
  }

  private static Integer integer(Map<String, List<String>> errors, String field, String label,
      String raw, int dflt) {
    String v = blankToNull(raw);
    if (v == null) {
      return dflt;
    }
    if (!v.matches("[+-]?\\d+")) {
      add(errors, field, "The " + label + " must be an integer.");
      return null;
    }
    // Clamped: a huge number is out of range, not "not an integer".
    return new BigInteger(v).max(MIN_INT).min(MAX_INT).intValue();
  }

  private static void add(Map<String, List<String>> errors, String field, String message) {
    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
  }
}
