/**
 * The {@code talkover-campaigns} command-line tool: {@code eligibility}, {@code plan}, {@code show},
 * {@code windows} and {@code demo}. Entry point: {@link ai.talkover.campaigns.bootstrap.cli.TalkoverCli}.
 */
package ai.talkover.campaigns.bootstrap.cli;
