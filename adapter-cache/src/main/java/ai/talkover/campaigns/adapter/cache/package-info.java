/** A Caffeine-backed CampaignQuery decorator: single-flight loads, refresh-ahead, stale-if-error. */
package ai.talkover.campaigns.adapter.cache;
