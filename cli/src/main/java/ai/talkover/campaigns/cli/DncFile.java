package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.contact.InvalidPhoneNumberException;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a do-not-call file: UTF-8 text ({@link InputFile}), one number per line; blank lines and
 * {@code #} comments ignored. An invalid number is an error naming the file and line.
 */
final class DncFile {

  private DncFile() {}

  /** The {@code --dnc-file} option of the commands that decide. */
  static final class Option {
    @picocli.CommandLine.Option(names = "--dnc-file", paramLabel = "FILE",
        description = "Do-not-call numbers, one per line; blank lines and # comments ignored.")
    Path file;

    /** The list the option names, or an empty one. */
    DoNotCallList list() {
      return file == null ? DoNotCallList.empty() : read(file);
    }
  }

  static DoNotCallList read(Path file) {
    return parse(InputFile.read("--dnc-file", file).lines().toList(), file.toString());
  }

  static DoNotCallList parse(List<String> lines, String name) {
    Set<PhoneNumber> numbers = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (text.isEmpty()) {
        continue;
      }
      try {
        numbers.add(PhoneNumber.parse(text));
      } catch (InvalidPhoneNumberException e) {
        throw new CliUsageException(name + ": line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return DoNotCallList.inMemory(numbers);
  }
}
