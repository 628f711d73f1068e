package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * Reads a contact list: a CSV file with a header row holding a {@code to} column and optionally an
 * {@code enqueued_at} column (ISO-8601 instant); other columns are ignored. Every row must have a valid
 * number; a bad row is an error naming the file, line and column, never skipped.
 */
final class ContactsCsv {

  private ContactsCsv() {}

  static List<Contact> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (NoSuchFileException e) {
      throw new CliUsageException("--contacts: file not found: " + file);
    } catch (IOException e) {
      throw new CliUsageException("--contacts: cannot read " + file + ": " + e.getMessage());
    }
  }

  static List<Contact> read(Reader reader, String name) {
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
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        String to = row.isSet(toColumn) ? row.get(toColumn) : "";
        if (to.isEmpty()) {
          throw new CliUsageException(name + ": line " + line + ": column 'to' is empty");
        }
        PhoneNumber number;
        try {
          number = PhoneNumber.parse(to);
        } catch (InvalidPhoneNumberException e) {
          throw new CliUsageException(name + ": line " + line + ": column 'to': " + e.getMessage());
        }
        Instant enqueuedAt = null;
        if (enqueuedColumn != null && row.isSet(enqueuedColumn) && !row.get(enqueuedColumn).isEmpty()) {
          String text = row.get(enqueuedColumn);
          try {
            enqueuedAt = OffsetDateTime.parse(text).toInstant();
          } catch (DateTimeParseException e) {
            throw new CliUsageException(name + ": line " + line + ": column 'enqueued_at': '" + text
                + "' is not an ISO-8601 instant (e.g. 2025-03-10T13:00:00Z)");
          }
        }
        contacts.add(Contact.of(number).withEnqueuedAt(enqueuedAt));
      }
      return contacts;
    } catch (IOException | UncheckedIOException e) {
      throw new CliUsageException(name + ": not a valid CSV file: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof CliUsageException) {
        throw e;
      }
      throw new CliUsageException(name + ": not a valid CSV file: " + e.getMessage());
    }
  }

  private static String column(Map<String, Integer> header, String wanted) {
    for (String name : header.keySet()) {
      if (name != null && name.trim().equalsIgnoreCase(wanted)) {
        return name;
      }
    }
    return null;
  }
}
