package ai.talkover.archfixture.bootstrap;

/** Planted violation: the wired library uses a library of the command-line tool. */
public class CsvReadingWiring {
  org.apache.commons.csv.CSVFormat format;
}
