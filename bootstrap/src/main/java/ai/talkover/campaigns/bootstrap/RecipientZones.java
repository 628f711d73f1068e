package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.phone.LibphonenumberZoneLookup;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;

/**
 * The recipient-zone lookup of the configured policies: libphonenumber's time-zone mapper when a
 * policy reads the recipient's zone (recipient hours, blackout dates in the recipient's zone), and
 * none otherwise, so an application that uses no such policy may leave libphonenumber out of its
 * build (exclude {@code com.googlecode.libphonenumber:libphonenumber} and {@code :geocoder}).
 */
final class RecipientZones {

  private RecipientZones() {}

  /**
   * The lookup the policies need.
   *
   * @param policies the policies; not {@code null}
   * @return libphonenumber's lookup, or one that is never asked
   * @throws IllegalStateException when a policy reads the recipient's zone and libphonenumber is not
   *     on the class path (the message names the artifacts to add)
   */
  static RecipientZoneLookup forPolicies(CompliancePolicies policies) {
    if (!policies.readsRecipientZone()) {
      return RecipientZoneLookup.unknown();
    }
    if (!ClassPath.has(ClassPath.LIBPHONENUMBER) || !ClassPath.has(ClassPath.LIBPHONENUMBER_TIME_ZONES)) {
      throw new IllegalStateException("policies: recipient hours and recipient-zone blackouts need"
          + " libphonenumber on the class path (com.googlecode.libphonenumber:libphonenumber and"
          + " com.googlecode.libphonenumber:geocoder, which talkover-campaigns-adapter-phone brings)");
    }
    return LibphonenumberZoneLookup.create();
  }
}
