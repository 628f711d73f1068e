package ai.talkover.campaigns.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Objects;

/**
 * The one bind path of every body the wire module reads: the whole document bound once by an
 * {@link ObjectReader}, straight from the bytes; trailing tokens refused; every Jackson failure turned
 * into this module's exceptions. A failure of the parser itself (bad JSON, truncated, a duplicate
 * member, beyond the limits) is an {@link InvalidBodyException}, reported before a value of the wrong
 * JSON type met earlier; a value of the wrong type is worded by the caller's {@link Mismatch} from
 * Jackson's own path. Stateless.
 */
final class StrictBinding {

  /** Words a value of the wrong JSON type for one body shape. */
  @FunctionalInterface
  interface Mismatch {
    /**
     * @param e Jackson's failure, whose path leads to the value
     * @param found the value the parser stopped at, as {@link Describe#token} describes it
     * @return the exception to throw
     */
    RuntimeException word(JsonMappingException e, String found);
  }

  private StrictBinding() {}

  /**
   * Binds a whole body.
   *
   * @param body the UTF-8 body; not {@code null}
   * @param reader the reader of the body's type
   * @param mismatchWording words a value of the wrong JSON type
   * @param <T> the bound type
   * @return the value; never {@code null} (an empty body is an {@link InvalidBodyException})
   */
  static <T> T bind(byte[] body, ObjectReader reader, Mismatch mismatchWording) {
    Objects.requireNonNull(body, "body");
    if (body.length == 0) {
      throw new InvalidBodyException("empty body", null, null);
    }
    JsonParser p = null;
    try {
      p = reader.createParser(body);
      if (p.nextToken() == null) {
        throw new InvalidBodyException("empty body", null, null);
      }
      T value = reader.readValue(p);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw trailingToken(p, trailing);
      }
      return value;
    } catch (JsonMappingException e) {
      IOException parserFailure = parserFailure(e);
      if (parserFailure != null) {
        throw readFailure(parserFailure);
      }
      RuntimeException mismatch = mismatchWording.word(e, Describe.token(p));
      // Bad JSON anywhere in the body is the answer before a value of the wrong type.
      try {
        skipToTheEnd(p);
      } catch (IOException later) {
        throw readFailure(later);
      }
      throw mismatch;
    } catch (IOException e) {
      throw readFailure(e);
    } finally {
      closeQuietly(p);
    }
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // a byte-array parser holds nothing to release
      }
    }
  }

  /** A failure of the parser itself: bad JSON, truncated, beyond the limits. */
  private static InvalidBodyException readFailure(IOException e) {
    if (e instanceof StreamConstraintsException c) {
      return new InvalidBodyException(
          "body exceeds the parser limits: " + c.getOriginalMessage(), null, e);
    }
    if (e instanceof JsonProcessingException j) {
      if (j instanceof JsonEOFException || String.valueOf(j.getOriginalMessage()).contains("end-of-input")) {
        return new InvalidBodyException("truncated JSON: the body ends "
            + Describe.where(j.getLocation()) + " inside a value", null, e);
      }
      return new InvalidBodyException("body is not valid JSON " + Describe.where(j.getLocation())
          + ": " + j.getOriginalMessage(), null, e);
    }
    return new InvalidBodyException("body could not be read as JSON", null, e);
  }

  /**
   * The parser's own failure (bad JSON, a duplicate member, a limit) that Jackson met inside a value
   * and wrapped with the path; {@code null} when the failure is a value of the wrong JSON type.
   */
  private static IOException parserFailure(JsonMappingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException
          || cause instanceof StreamReadException && !(cause instanceof InputCoercionException)) {
        return (IOException) cause;
      }
    }
    return null;
  }

  /**
   * Reads the tokens after a value of the wrong type to the end of the body, so that bad JSON, a
   * duplicate member, a limit or trailing tokens further on are still reported as such.
   */
  private static void skipToTheEnd(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    while (token != null && !(p.getParsingContext().inRoot()
        && (token.isStructEnd() || token.isScalarValue()))) {
      token = p.nextToken();
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw trailingToken(p, trailing);
    }
  }

  private static InvalidBodyException trailingToken(JsonParser p, JsonToken trailing) {
    return new InvalidBodyException("body is not valid JSON " + Describe.where(p.currentLocation())
        + ": Trailing token (of type " + trailing + ") found after value", null, null);
  }
}
