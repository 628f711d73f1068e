package ai.talkover.campaigns.testkit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Edits of a JSON tree at a JSON Pointer (RFC 6901) such as {@code /timezone},
 * {@code /days_of_week/0} or {@code /calls/-} (past the end of an array: append), with Jackson's
 * {@link JsonPointer}. Missing objects on the way are created. Stateless.
 */
final class JsonTreeEdits {

  private JsonTreeEdits() {}

  /**
   * Sets the value at a pointer: a member of an object (added or replaced), an element of an array
   * (replaced; appended at the array's length or {@code -}).
   *
   * @throws IllegalArgumentException naming the pointer when it is not one, is the root, or leads
   *     through a value that is neither an object nor an array, or past an array's end
   */
  static void set(ObjectNode root, String pointer, JsonNode value) {
    JsonPointer p = compile(pointer);
    JsonNode parent = parent(root, p, true);
    String last = p.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      int index = last.equals("-") ? array.size() : index(last, pointer);
      if (index == array.size()) {
        array.add(value);
      } else if (index < array.size()) {
        array.set(index, value);
      } else {
        throw new IllegalArgumentException(pointer + ": the array has " + array.size() + " elements");
      }
    } else {
      throw new IllegalArgumentException(pointer + ": the parent is not an object or an array");
    }
  }

  /**
   * Removes the value at a pointer.
   *
   * @return whether there was one
   * @throws IllegalArgumentException naming the pointer when it is not one or is the root
   */
  static boolean remove(ObjectNode root, String pointer) {
    JsonPointer p = compile(pointer);
    JsonNode parent = parent(root, p, false);
    String last = p.last().getMatchingProperty();
    if (parent instanceof ObjectNode object) {
      return object.remove(last) != null;
    }
    if (parent instanceof ArrayNode array && !last.equals("-")) {
      int index = index(last, pointer);
      return index < array.size() && array.remove(index) != null;
    }
    return false;
  }

  /**
   * Checks a pointer's syntax.
   *
   * @throws IllegalArgumentException naming the pointer when it is not one or is the root
   */
  static void check(String pointer) {
    compile(pointer);
  }

  private static JsonPointer compile(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    JsonPointer p;
    try {
      p = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + pointer + "' is not a JSON Pointer such as "
          + "/timezone or /calls/0/status: " + e.getMessage(), e);
    }
    if (p.matches()) {
      throw new IllegalArgumentException("'" + pointer + "': the root cannot be set or removed");
    }
    return p;
  }

  /** The container of the pointer's last step; missing objects created when {@code create}. */
  private static JsonNode parent(ObjectNode root, JsonPointer p, boolean create) {
    JsonPointer head = p.head();
    JsonNode parent = root.at(head);
    if (parent.isMissingNode() && create) {
      return root.withObject(head);
    }
    return parent;
  }

  private static int index(String step, String pointer) {
    try {
      int index = Integer.parseInt(step);
      if (index >= 0) {
        return index;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(pointer + ": '" + step + "' is not an array index");
  }
}
