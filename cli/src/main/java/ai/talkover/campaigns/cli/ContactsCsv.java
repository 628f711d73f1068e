package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a contact list: a UTF-8 CSV file ({@link InputFile}: a byte order mark is fine) with a header
 * row holding a {@code to} column and optionally an {@code enqueued_at} column (ISO-8601 instant);
 * other columns are ignored. Strict by default: the first bad row is an error naming the file, line
 * and column. When skipping, each bad row is returned with its line and reason instead, never dropped
 * silently. A file that is not CSV, or has no {@code to} column, is an error either way.
 */
final class ContactsCsv {

  /**
   * A row that was not read.
   *
   * @param line the row's line in the file, from 1
   * @param reason why, naming the column
   */
  record SkippedRow(long line, String reason) {}

  /**
   * What a contact list holds.
   *
   * @param contacts the contacts of the good rows, in file order
   * @param skipped the bad rows, in file order (empty when strict)
   */
  record Rows(List<Contact> contacts, List<SkippedRow> skipped) {}

  private ContactsCsv() {}

  static Rows read(Path file, boolean skipInvalid) {
    String text = InputFile.read("--contacts", file);
    return read(new StringReader(text), file.toString(), skipInvalid);
  }

  static Rows read(Reader reader, String name, boolean skipInvalid) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
    try (CSVParser parser = format.parse(reader)) {
      Map<String, Integer> header = parser.getHeaderMap();
      String toColumn = column(header, "to");
      if (toColumn == null) {
        throw new CliUsageException(name + ": header has no 'to' column (found " + header.keySet() + ")");
      }
      String enqueuedColumn = column(header, "enqueued_at");
      List<Contact> contacts = new ArrayList<>();
      List<SkippedRow> skipped = new ArrayList<>();
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        try {
          contacts.add(contact(row, toColumn, enqueuedColumn));
        } catch (BadRow bad) {
          if (!skipInvalid) {
            throw new CliUsageException(name + ": line " + line + ": " + bad.getMessage());
          }
          skipped.add(new SkippedRow(line, bad.getMessage()));
        }
      }
      return new Rows(contacts, skipped);
    } catch (IOException | UncheckedIOException e) {
      throw new CliUsageException(name + ": not a valid CSV file: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof CliUsageException) {
        throw e;
      }
      throw new CliUsageException(name + ": not a valid CSV file: " + e.getMessage());
    }
  }

  private static Contact contact(CSVRecord row, String toColumn, String enqueuedColumn) {
    String to = row.isSet(toColumn) ? row.get(toColumn) : "";
    if (to.isEmpty()) {
      throw new BadRow("column 'to' is empty");
    }
    PhoneNumber number;
    try {
      number = PhoneNumber.parse(to);
    } catch (InvalidPhoneNumberException e) {
      throw new BadRow("column 'to': " + e.getMessage());
    }
    Instant enqueuedAt = null;
    if (enqueuedColumn != null && row.isSet(enqueuedColumn) && !row.get(enqueuedColumn).isEmpty()) {
      String text = row.get(enqueuedColumn);
      try {
        enqueuedAt = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadRow("column 'enqueued_at': '" + text
            + "' is not an ISO-8601 instant (e.g. 2025-03-10T13:00:00Z)");
      }
    }
    return Contact.of(number).withEnqueuedAt(enqueuedAt);
  }

  private static String column(Map<String, Integer> header, String wanted) {
    for (String name : header.keySet()) {
      if (name != null && name.trim().equalsIgnoreCase(wanted)) {
        return name;
      }
    }
    return null;
  }

  /** One row's problem, with the column as the file names it. */
  private static final class BadRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }
}
