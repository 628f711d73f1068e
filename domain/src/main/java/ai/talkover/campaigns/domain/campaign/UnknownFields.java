package ai.talkover.campaigns.domain.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the members of an API object that the library does not model, so that every type holding
 * them is truly immutable: the model's ({@link Campaign}, {@link Agent}, {@link CampaignFile},
 * {@link CampaignStats}, {@link CallRecord}, {@link Campaign.CallInput},
 * {@link Campaign.TimeRangeInput}) and the application's values of the API's answers (a queued call,
 * a call receipt, a status change, a pagination block). One representation everywhere: a map from
 * member name to a plain Java value (String, Number, Boolean, List, Map or {@code null}). Stateless
 * and thread-safe.
 */
public final class UnknownFields {

  private UnknownFields() {}

  /**
   * An unmodifiable, insertion-ordered copy of {@code fields}. Nested maps and collections (a JSON
   * object or array held as a value) are copied the same way, recursively, into unmodifiable maps
   * and lists; other values (String, Number, Boolean, {@code null}) are kept as they are.
   *
   * @param fields the members by name, a tree of values (no map or list may contain itself); nullable
   *     (then the copy is empty); {@code null} values allowed
   * @return the copy; never {@code null}
   */
  public static Map<String, Object> copyOf(Map<String, ?> fields) {
    if (fields == null || fields.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>(fields.size() * 2);
    fields.forEach((name, value) -> copy.put(name, copyValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>(map.size() * 2);
      map.forEach((k, v) -> copy.put(k, copyValue(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>(collection.size());
      for (Object element : collection) {
        copy.add(copyValue(element));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
