package ai.talkover.campaigns.json;

import java.util.Map;

/**
 * The {@code pagination} block of List Campaigns, checked: every documented member present and in
 * range, {@code current_page} the page asked for.
 *
 * @param currentPage the page returned, at least 1
 * @param lastPage the last page, at least 0
 * @param perPage the page size, at least 1
 * @param total items in all pages, at least 0
 * @param from index of the first item; nullable
 * @param to index of the last item; nullable
 * @param unknownFields the members the API added, sorted by name, as plain Java values; nullable
 *     when there are none
 */
public record PaginationBlock(int currentPage, int lastPage, int perPage, int total, Integer from,
    Integer to, Map<String, Object> unknownFields) {}
