package ai.talkover.archfixture.bootstrap;

import ai.talkover.archfixture.cli.SomeCommand;

/** Planted violation: the wired library depends on the command-line tool. */
public class CommandCallingWiring {
  SomeCommand command;
}
