package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.campaign.CampaignStatus.Known;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The campaign status transitions the Update Campaign Status endpoint documents (API spec §2.1):
 * {@code draft → active | cancelled}, {@code active → paused | completed | cancelled},
 * {@code paused → active | completed | cancelled}; {@code completed} and {@code cancelled} are final.
 * A status the docs do not list has no transition. Stateless and thread-safe.
 */
public final class StatusTransitions {

  private static final Map<Known, Set<Known>> NEXT = new EnumMap<>(Known.class);

  static {
    NEXT.put(Known.DRAFT, EnumSet.of(Known.ACTIVE, Known.CANCELLED));
    NEXT.put(Known.ACTIVE, EnumSet.of(Known.PAUSED, Known.COMPLETED, Known.CANCELLED));
    NEXT.put(Known.PAUSED, EnumSet.of(Known.ACTIVE, Known.COMPLETED, Known.CANCELLED));
    NEXT.put(Known.COMPLETED, EnumSet.noneOf(Known.class));
    NEXT.put(Known.CANCELLED, EnumSet.noneOf(Known.class));
  }

  private StatusTransitions() {}

  /**
   * The statuses a campaign may move to from a status.
   *
   * @param from the current status; not {@code null}
   * @return an unmodifiable set, empty for a final or undocumented status
   */
  public static Set<Known> allowedFrom(CampaignStatus from) {
    Objects.requireNonNull(from, "from");
    return from.known().map(k -> Set.copyOf(NEXT.get(k))).orElse(Set.of());
  }

  /**
   * Whether a campaign may move from one status to another.
   *
   * @param from the current status; not {@code null}
   * @param to the requested status; not {@code null}
   * @return true when the docs allow the transition
   */
  public static boolean isAllowed(CampaignStatus from, Known to) {
    Objects.requireNonNull(to, "to");
    return allowedFrom(from).contains(to);
  }
}
