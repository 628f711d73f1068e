package ai.talkover.campaigns.adapter.phone;

import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zones of a phone number by libphonenumber's {@link PhoneNumberToTimeZonesMapper} (artifact
 * {@code geocoder}).
 *
 * <ul>
 *   <li>A valid number of a geographic type (fixed line, or fixed line or mobile, as in North America)
 *       maps by its prefix: {@code +1 808} gives {@code Pacific/Honolulu}, {@code +1 208} gives
 *       {@code America/Boise} and {@code America/Los_Angeles} (the engine then requires the policies to
 *       hold in both).
 *   <li>A valid mobile number of a country whose mobiles are not tied to a region (such as the United
 *       Kingdom or France) maps to the zones of its country, as {@code getTimeZonesForNumber} answers:
 *       every zone the subscriber's country has.
 *   <li>Every other number is of unknown zone (empty set): toll-free, premium-rate, shared-cost, VoIP,
 *       personal, pager, UAN and voicemail numbers, numbers that no numbering plan knows (such as
 *       {@code +15550000001}), and zones that the mapper reports as {@code Etc/Unknown} or that the
 *       JDK does not know.
 * </ul>
 *
 * <p>Immutable answers (unmodifiable sets, shared between numbers with the same zones). Thread-safe:
 * libphonenumber's singletons are, and the only state is a concurrent map of distinct zone lists,
 * bounded by the mapper's data.
 */
public final class LibphonenumberZoneLookup implements RecipientZoneLookup {

  private static final String UNKNOWN_ZONE = "Etc/Unknown";

  private final PhoneNumberUtil util;
  private final PhoneNumberToTimeZonesMapper mapper;
  /** The answer for each distinct list of zone names the mapper gives. */
  private final Map<List<String>, Set<ZoneId>> zoneSets = new ConcurrentHashMap<>();

  private LibphonenumberZoneLookup(PhoneNumberUtil util, PhoneNumberToTimeZonesMapper mapper) {
    this.util = util;
    this.mapper = mapper;
  }

  /**
   * The lookup over libphonenumber's shared metadata (loaded once per JVM on first use).
   *
   * @return a lookup; one instance can serve every thread
   */
  public static LibphonenumberZoneLookup create() {
    return new LibphonenumberZoneLookup(
        PhoneNumberUtil.getInstance(), PhoneNumberToTimeZonesMapper.getInstance());
  }

  /**
   * The zones the number may be in.
   *
   * @param number the normalised number; not {@code null}
   * @return the zones, unmodifiable; empty when unknown
   */
  @Override
  public Set<ZoneId> zonesOf(PhoneNumber number) {
    Objects.requireNonNull(number, "number");
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = util.parse(number.e164(), null);
    } catch (NumberParseException e) {
      return Set.of();
    }
    PhoneNumberType type = util.getNumberType(parsed);
    List<String> names;
    if (type == PhoneNumberType.UNKNOWN) {
      return Set.of();
    } else if (util.isNumberGeographical(type, parsed.getCountryCode())) {
      names = mapper.getTimeZonesForGeographicalNumber(parsed);
    } else if (type == PhoneNumberType.MOBILE) {
      names = mapper.getTimeZonesForNumber(parsed);
    } else {
      return Set.of();
    }
    Set<ZoneId> zones = zoneSets.get(names);
    if (zones == null) {
      zones = toZones(names);
      Set<ZoneId> raced = zoneSets.putIfAbsent(List.copyOf(names), zones);
      zones = raced == null ? zones : raced;
    }
    return zones;
  }

  private static Set<ZoneId> toZones(List<String> names) {
    Set<ZoneId> zones = new LinkedHashSet<>();
    for (String name : names) {
      if (name == null || name.equals(UNKNOWN_ZONE)) {
        continue;
      }
      try {
        zones.add(ZoneId.of(name));
      } catch (DateTimeException e) {
        // A zone name newer than the JDK's tzdata: the number's zone is then not fully known.
        return Set.of();
      }
    }
    return Set.copyOf(zones);
  }

  @Override
  public String toString() {
    return "LibphonenumberZoneLookup";
  }
}
