package ai.talkover.campaigns.adapter.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code pagination} block of List Campaigns. Unknown members are ignored.
 *
 * @param currentPage the page returned; nullable (then the response is invalid)
 * @param lastPage the last page; nullable (then the response is invalid)
 * @param perPage the page size; nullable (then the response is invalid)
 * @param total items in all pages; nullable (then the response is invalid)
 * @param from index of the first item; nullable
 * @param to index of the last item; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PaginationDto(
    Integer currentPage, Integer lastPage, Integer perPage, Integer total, Integer from, Integer to) {}
