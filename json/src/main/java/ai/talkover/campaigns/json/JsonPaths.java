package ai.talkover.campaigns.json;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Jackson's path of a failure, spelled as the API spells fields. Stateless. */
final class JsonPaths {

  private JsonPaths() {}

  /**
   * The path from its {@code from}-th reference on: {@code days_of_week[1]},
   * {@code data[3].calls[0].retries}.
   */
  static String field(List<Reference> path, int from) {
    StringBuilder sb = new StringBuilder();
    for (Reference ref : path.subList(Math.min(from, path.size()), path.size())) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
