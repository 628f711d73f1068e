package ai.talkover.archfixture.cli;

/** Allowed: the command-line tool uses its own libraries. */
public class SomeCommand {
  picocli.CommandLine commandLine;
  org.apache.commons.csv.CSVFormat format;
}
