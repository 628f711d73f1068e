package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Masks the API token in every text this adapter builds or passes on: exception messages, API
 * messages and body snippets, Jackson's parse details, the domain's validation messages, and the
 * messages of a cause chain. A server that echoes the token back (in a body, an error message, a
 * value that fails validation) therefore never gets it printed by a log line that shows the
 * exception, its stack trace or its causes.
 *
 * <p>A cause whose chain mentions the token is replaced by a {@link RedactedCause}: same class name
 * in its message, the masked message, the same stack trace, its own causes masked the same way.
 * Causes that do not mention the token are kept as they are. Immutable and thread-safe.
 */
final class Redactor {

  /** What replaces a secret. */
  static final String MASK = "***";
  /** The shortest piece of the token that is masked on its own (a parser may print a part). */
  static final int MIN_PIECE = 8;

  private final String token;
  private final String head;
  private final String tail;

  /**
   * Creates a redactor.
   *
   * @param token the secret to mask; not {@code null}, not empty
   */
  Redactor(String token) {
    this.token = Objects.requireNonNull(token, "token");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("token: is empty");
    }
    int piece = Math.min(MIN_PIECE, token.length());
    this.head = token.substring(0, piece);
    this.tail = token.substring(token.length() - piece);
  }

  /**
   * The text with every occurrence of the token masked, and every word that holds a piece of it:
   * a parser that stops at a delimiter prints only part of the token (Jackson's "Unrecognized
   * token 'talq_abc'" for {@code talq_abc-def}), and a snippet may cut it. A word is a run of
   * letters, digits and {@code _-.~+/=}; it is masked whole when it is a piece of the token of at
   * least {@value #MIN_PIECE} characters, or holds the token's first or last
   * {@value #MIN_PIECE} characters.
   *
   * @param text the text; nullable
   * @return the masked text, or {@code null} for {@code null}
   */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String t = text.contains(token) ? text.replace(token, MASK) : text;
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      if (!isWordChar(t.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(t.charAt(i))) {
        i++;
      }
      if (isPiece(t.substring(start, i))) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(t, copied, start).append(MASK);
        copied = i;
      }
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  private boolean isPiece(String word) {
    return word.length() >= head.length() && token.contains(word)
        || word.contains(head) || word.contains(tail);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '~' || c == '+'
        || c == '/' || c == '=';
  }

  /**
   * Whether any message, API message or snippet of {@code t}, its causes or suppressed exceptions
   * holds the token.
   *
   * @param t the throwable; nullable
   * @return true when something must be masked
   */
  boolean mentionsToken(Throwable t) {
    return mentions(t, new IdentityHashMap<>());
  }

  private boolean mentions(Throwable t, Map<Throwable, Boolean> seen) {
    if (t == null || seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    if (contains(t.getMessage())) {
      return true;
    }
    if (t instanceof CampaignQueryException q
        && (contains(q.context().apiMessage()) || contains(q.context().bodySnippet())
            || contains(q.context().campaignId()))) {
      return true;
    }
    for (Throwable s : t.getSuppressed()) {
      if (mentions(s, seen)) {
        return true;
      }
    }
    return mentions(t.getCause(), seen);
  }

  private boolean contains(String text) {
    return text != null && !text.equals(redact(text));
  }

  /**
   * The exception as it may leave the adapter: itself when nothing in it mentions the token, else a
   * copy of the same kind with its context, detail, violations and causes masked.
   *
   * @param e the exception; not {@code null}
   * @return {@code e} or a masked copy (same stack trace, same suppressed exceptions, masked)
   */
  CampaignQueryException redact(CampaignQueryException e) {
    if (!mentionsToken(e)) {
      return e;
    }
    Context c = e.context();
    Context masked = new Context(c.status(), redact(c.campaignId()), c.attempts(),
        redact(c.apiMessage()), redact(c.bodySnippet()));
    CampaignQueryException copy;
    if (e instanceof InvalidCampaignResponseException invalid) {
      InvalidCampaignException cause = (InvalidCampaignException) invalid.getCause();
      List<InvalidCampaignException.Violation> violations = new ArrayList<>();
      for (InvalidCampaignException.Violation v : cause.violations()) {
        violations.add(new InvalidCampaignException.Violation(redact(v.field()), redact(v.message())));
      }
      InvalidCampaignException maskedCause =
          new InvalidCampaignException(redact(cause.campaignId()), violations);
      maskedCause.setStackTrace(cause.getStackTrace());
      copy = CampaignQueryException.invalidCampaign(masked, maskedCause);
    } else if (e instanceof InvalidResponseException invalid) {
      copy = CampaignQueryException.invalidResponse(masked, redact(invalid.detail()),
          redactCause(invalid.getCause()));
    } else {
      // Every other kind builds its message from the context only; rebuild it with the masked one.
      copy = Failures.withContext(e, masked, redactCause(e.getCause()));
    }
    copy.setStackTrace(e.getStackTrace());
    for (Throwable s : e.getSuppressed()) {
      copy.addSuppressed(s instanceof CampaignQueryException q ? redact(q) : redactCause(s));
    }
    return copy;
  }

  /**
   * A cause safe to attach: itself when its chain does not mention the token, else a
   * {@link RedactedCause} standing for it.
   *
   * @param cause the cause; nullable
   * @return the cause to attach; {@code null} for {@code null}
   */
  Throwable redactCause(Throwable cause) {
    if (cause == null || !mentionsToken(cause)) {
      return cause;
    }
    if (cause instanceof CampaignQueryException q) {
      return redact(q);
    }
    RedactedCause masked = new RedactedCause(cause.getClass().getName() + ": " + redact(cause.getMessage()),
        redactCause(cause.getCause()));
    masked.setStackTrace(cause.getStackTrace());
    for (Throwable s : cause.getSuppressed()) {
      masked.addSuppressed(redactCause(s));
    }
    return masked;
  }

  /**
   * Stands for an exception whose message held the API token: its message is the original class
   * name and the masked message; its stack trace is the original's.
   */
  static final class RedactedCause extends Exception {

    private static final long serialVersionUID = 1L;

    RedactedCause(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
