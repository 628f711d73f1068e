package ai.talkover.campaigns.bootstrap.cli;

final class SystemContext {
  static CliContext create() {
    throw new IllegalStateException("temporary");
  }
}
