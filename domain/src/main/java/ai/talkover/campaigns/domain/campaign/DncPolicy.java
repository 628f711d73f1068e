package ai.talkover.campaigns.domain.campaign;

import java.util.List;

/**
 * A campaign's do-not-call rules (rule 2).
 *
 * <p>With {@code enabled} false no do-not-call rule applies. Otherwise a number is blocked when the
 * caller's do-not-call list or {@code customList} holds it, or when {@code autoAddEnabled} is true and
 * one of its attempts has a status in {@code triggerStatuses} or an error in {@code triggerErrors}
 * (compared like statuses: case-insensitive, {@code -} and {@code _} alike).
 *
 * @param enabled {@code do_not_call_enabled} (default false)
 * @param listSource {@code do_not_call_list_source} as written; nullable
 * @param customList {@code do_not_call_custom_list} as written; entries that are not valid numbers
 *     are kept (and shown) but match no number
 * @param autoAddEnabled {@code auto_add_to_dnc_enabled} (default false)
 * @param triggerStatuses {@code auto_dnc_trigger_statuses} as written
 * @param triggerErrors {@code auto_dnc_trigger_errors} as written
 */
public record DncPolicy(
    boolean enabled,
    DncListSource listSource,
    List<String> customList,
    boolean autoAddEnabled,
    List<String> triggerStatuses,
    List<String> triggerErrors) {

  /** Copies the lists. */
  public DncPolicy {
    customList = List.copyOf(customList);
    triggerStatuses = List.copyOf(triggerStatuses);
    triggerErrors = List.copyOf(triggerErrors);
  }

  /**
   * The policy of a campaign that sets nothing: disabled.
   *
   * @return a disabled policy
   */
  public static DncPolicy disabled() {
    return new DncPolicy(false, null, List.of(), false, List.of(), List.of());
  }
}
