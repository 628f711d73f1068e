package ai.talkover.archfixture.domain.contact;

/** Planted: a domain out-port named neither ...Query, ...List nor ...Lookup. */
@FunctionalInterface
public interface ZoneFinder {
  String zoneOf(String number);
}
