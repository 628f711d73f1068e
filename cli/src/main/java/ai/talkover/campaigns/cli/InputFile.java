package ai.talkover.campaigns.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file a person gave the tool ({@code --campaign-file}, {@code --contacts}, {@code --dnc-file}),
 * read as UTF-8 text the way people save it: a leading byte order mark (Excel's "CSV UTF-8") is
 * dropped; bytes that are not UTF-8 (a Latin-1 or Windows-1252 export) are an error naming the file
 * and the line, never replaced or guessed; a directory, a missing or an unreadable file is an error
 * naming the flag. Every error is a {@link CliUsageException} (exit code 2, one line).
 */
final class InputFile {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private InputFile() {}

  /**
   * Reads a whole file as text.
   *
   * @param flag the option that named the file, for the message
   * @param file the file
   * @return the text, without a leading byte order mark
   * @throws CliUsageException when the file cannot be read or is not UTF-8
   */
  static String read(String flag, Path file) {
    return decode(flag, file.toString(), bytes(flag, file));
  }

  /**
   * Reads a whole file as bytes, with the same checks as {@link #read} but no decoding.
   *
   * @param flag the option that named the file, for the message
   * @param file the file
   * @return the bytes
   * @throws CliUsageException when the file cannot be read
   */
  static byte[] bytes(String flag, Path file) {
    if (Files.isDirectory(file)) {
      throw new CliUsageException(flag + ": " + file + " is a directory, not a file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliUsageException(flag + ": file not found: " + file);
    } catch (AccessDeniedException e) {
      throw new CliUsageException(flag + ": cannot read " + file + ": permission denied");
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      throw new CliUsageException(flag + ": cannot read " + file + ": " + reason);
    } catch (IOException e) {
      throw new CliUsageException(flag + ": cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * Decodes bytes as strict UTF-8 and drops a leading byte order mark.
   *
   * @param flag the option that named the file
   * @param name the file name, for the message
   * @param bytes the content
   * @return the text
   * @throws CliUsageException at the first byte sequence that is not UTF-8, naming its line
   */
  static String decode(String flag, String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CliUsageException(String.format(java.util.Locale.ROOT,
          "%s: %s: line %d: not UTF-8 text (byte 0x%02X); save the file as UTF-8", flag, name, line,
          bytes[at] & 0xFF));
    }
    out.flip();
    if (out.hasRemaining() && out.get(out.position()) == BYTE_ORDER_MARK) {
      out.get();
    }
    return out.toString();
  }
}
