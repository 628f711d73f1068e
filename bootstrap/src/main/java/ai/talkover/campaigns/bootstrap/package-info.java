/**
 * The wired library: the public {@link ai.talkover.campaigns.bootstrap.TalkoverCampaigns} builder and
 * its use cases over the cached, resilient HTTP client. A composition root: it knows every adapter. The
 * command-line tool lives in its own module on top of it.
 */
package ai.talkover.campaigns.bootstrap;
