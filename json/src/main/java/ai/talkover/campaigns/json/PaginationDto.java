package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * The {@code pagination} block of List Campaigns. {@link Paginations} checks the documented members
 * on the tree first (so that its errors name {@code pagination.<field>}), then reads this record
 * for the members it does not name.
 *
 * @param currentPage the page returned; nullable (then the response is invalid)
 * @param lastPage the last page; nullable (then the response is invalid)
 * @param perPage the page size; nullable (then the response is invalid)
 * @param total items in all pages; nullable (then the response is invalid)
 * @param from index of the first item; nullable
 * @param to index of the last item; nullable
 * @param unknownFields the members the record does not name, as plain Java values (String, Number,
 *     Boolean, List, Map or null), collected as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PaginationDto(
    Integer currentPage,
    Integer lastPage,
    Integer perPage,
    Integer total,
    Integer from,
    Integer to,
    @JsonAnySetter Map<String, Object> unknownFields) {}
