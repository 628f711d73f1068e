package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListQueryTest {

  private static ListQuery.Parsed parse(Map<String, String> params) {
    return ListQuery.parse(params::get);
  }

  private static final ListQuery.Facts SALES = new ListQuery.Facts(
      "active", "sales", "agent-1", "Sales Campaign", "Outbound Q1", LocalDate.of(2024, 1, 15));

  @Test
  void noParameters_meansPageOneOfTwenty() {
    ListQuery q = parse(Map.of()).query();
    List<Integer> items = IntStream.rangeClosed(1, 45).boxed().collect(Collectors.toList());

    ListQuery.Page<Integer> page = q.apply(items, i -> SALES);

    assertThat(page.items()).hasSize(20).startsWith(1).endsWith(20);
    assertThat(page.paginationBlock()).containsExactly(
        Map.entry("current_page", 1), Map.entry("last_page", 3), Map.entry("per_page", 20),
        Map.entry("total", 45), Map.entry("from", 1), Map.entry("to", 20));
  }

  @Test
  void emptyResult_hasLastPageOneAndNullFromTo() {
    ListQuery.Page<Integer> page = parse(Map.of()).query().apply(List.of(), i -> SALES);

    assertThat(page.lastPage()).isEqualTo(1);
    assertThat(page.from()).isNull();
    assertThat(page.to()).isNull();
  }

  @Test
  void invalidValues_collectEveryErrorInLaravelsShape() {
    ListQuery.Parsed parsed = parse(Map.of("status", "running", "campaign_type", "x",
        "date_from", "2024-13-01", "per_page", "101", "page", "0"));

    assertThat(parsed.valid()).isFalse();
    assertThat(parsed.errors()).containsOnlyKeys("status", "campaign_type", "date_from", "per_page", "page");
    assertThat(parsed.errorBody()).isEqualTo("{\"success\":false,\"message\":\"The given data was invalid.\","
        + "\"errors\":{\"status\":[\"The selected status is invalid.\"],"
        + "\"campaign_type\":[\"The selected campaign type is invalid.\"],"
        + "\"date_from\":[\"The date from must be a valid date.\"],"
        + "\"per_page\":[\"The per page must be between 1 and 100.\"],"
        + "\"page\":[\"The page must be at least 1.\"]}}");
  }

  @Test
  void nonIntegerOrHugePageSize_areTheirOwnErrors() {
    assertThat(parse(Map.of("per_page", "abc")).errors().get("per_page"))
        .containsExactly("The per page must be an integer.");
    assertThat(parse(Map.of("per_page", "99999999999999")).errors().get("per_page"))
        .containsExactly("The per page must be between 1 and 100.");
    assertThat(parse(Map.of("per_page", "0")).valid()).isFalse();
    assertThat(parse(Map.of("per_page", "100")).valid()).isTrue();
  }

  @Test
  void dateToBeforeDateFrom_isAnError() {
    assertThat(parse(Map.of("date_from", "2024-02-01", "date_to", "2024-01-31")).errors().get("date_to"))
        .containsExactly("The date to must be a date after or equal to date from.");
  }

  @Test
  void emptyParameters_countAsAbsent() {
    ListQuery.Parsed parsed = parse(Map.of("status", "", "per_page", "", "search", ""));

    assertThat(parsed.valid()).isTrue();
    assertThat(parsed.query().apply(List.of(1), i -> SALES).perPage()).isEqualTo(20);
  }

  @Test
  void filters_matchExactlyOrCaseInsensitivelyForSearch() {
    assertThat(parse(Map.of("status", "active")).query().matches(SALES)).isTrue();
    assertThat(parse(Map.of("status", "paused")).query().matches(SALES)).isFalse();
    assertThat(parse(Map.of("campaign_type", "sales", "agent_id", "agent-1")).query().matches(SALES)).isTrue();
    assertThat(parse(Map.of("agent_id", "agent-2")).query().matches(SALES)).isFalse();
    assertThat(parse(Map.of("search", "sales CAMP")).query().matches(SALES)).isTrue();
    assertThat(parse(Map.of("search", "q1")).query().matches(SALES)).isTrue();
    assertThat(parse(Map.of("search", "winter")).query().matches(SALES)).isFalse();
  }

  @Test
  void dateBounds_filterOnStartDateInclusively() {
    assertThat(parse(Map.of("date_from", "2024-01-15")).query().matches(SALES)).isTrue();
    assertThat(parse(Map.of("date_from", "2024-01-16")).query().matches(SALES)).isFalse();
    assertThat(parse(Map.of("date_to", "2024-01-15")).query().matches(SALES)).isTrue();
    assertThat(parse(Map.of("date_to", "2024-01-14")).query().matches(SALES)).isFalse();
    ListQuery.Facts noDate = new ListQuery.Facts("active", "sales", null, "n", null, null);
    assertThat(parse(Map.of("date_from", "2000-01-01")).query().matches(noDate)).isFalse();
    assertThat(parse(Map.of()).query().matches(noDate)).isTrue();
  }
}
