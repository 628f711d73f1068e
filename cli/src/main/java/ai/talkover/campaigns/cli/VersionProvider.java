package ai.talkover.campaigns.cli;

import picocli.CommandLine;

/** The tool's version, from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = TalkoverCli.class.getPackage().getImplementationVersion();
    return new String[] {"talkover-campaigns " + (version == null ? "(development build)" : version)};
  }
}
