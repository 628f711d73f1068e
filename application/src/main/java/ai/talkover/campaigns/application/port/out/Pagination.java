package ai.talkover.campaigns.application.port.out;

/**
 * The {@code pagination} block of a list response.
 *
 * @param currentPage the page returned, from 1
 * @param lastPage the last page, from 1
 * @param perPage the page size
 * @param total items in all pages
 * @param from the 1-based index of the page's first item; nullable on an empty page
 * @param to the 1-based index of the page's last item; nullable on an empty page
 */
public record Pagination(
    int currentPage, int lastPage, int perPage, int total, Integer from, Integer to) {

  /**
   * Whether a page follows this one.
   *
   * @return true when {@code currentPage < lastPage}
   */
  public boolean hasNext() {
    return currentPage < lastPage;
  }
}
