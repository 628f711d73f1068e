/**
 * The {@code talkover-campaigns} command-line tool: {@code eligibility}, {@code plan}, {@code show},
 * {@code windows}, {@code list} and {@code demo}. A composition root on top of the wired library; not a library
 * itself. Entry point: {@link ai.talkover.campaigns.cli.TalkoverCli}.
 */
package ai.talkover.campaigns.cli;
