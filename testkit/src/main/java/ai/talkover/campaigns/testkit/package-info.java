/** A local Talkover stub server and port contract tests, for users' own tests. */
package ai.talkover.campaigns.testkit;
