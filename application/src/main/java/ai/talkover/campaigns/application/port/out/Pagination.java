package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.UnknownFields;
import java.util.Map;

/**
 * The {@code pagination} block of a list response. Immutable (see {@code unknownFields}) and
 * thread-safe.
 *
 * @param currentPage the page returned, from 1
 * @param lastPage the last page, from 1
 * @param perPage the page size
 * @param total items in all pages
 * @param from the 1-based index of the page's first item; nullable on an empty page
 * @param to the 1-based index of the page's last item; nullable on an empty page
 * @param unknownFields members of the block that this library does not model, as plain Java values
 *     (String, Number, Boolean, List, Map or null); {@code null} is read as none. Kept as an
 *     unmodifiable copy in input order (nested lists and maps are unmodifiable copies too, as
 *     {@link UnknownFields#copyOf} makes them); never {@code null}
 */
public record Pagination(int currentPage, int lastPage, int perPage, int total, Integer from,
    Integer to, Map<String, Object> unknownFields) {

  /** Copies {@code unknownFields}. */
  public Pagination {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * A pagination block without unknown members.
   *
   * @param currentPage the page returned, from 1
   * @param lastPage the last page, from 1
   * @param perPage the page size
   * @param total items in all pages
   * @param from the 1-based index of the page's first item; nullable on an empty page
   * @param to the 1-based index of the page's last item; nullable on an empty page
   */
  public Pagination(int currentPage, int lastPage, int perPage, int total, Integer from, Integer to) {
    this(currentPage, lastPage, perPage, total, from, to, Map.of());
  }

  /**
   * Whether a page follows this one.
   *
   * @return true when {@code currentPage < lastPage}
   */
  public boolean hasNext() {
    return currentPage < lastPage;
  }
}
