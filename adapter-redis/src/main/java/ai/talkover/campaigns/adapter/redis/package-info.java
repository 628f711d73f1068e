/**
 * Fleet mode on Redis (Lettuce, Bucket4j): the shared campaign tier with fleet-wide single flight and
 * invalidation, one request budget per credential, and the attempt ledger. The entry point is
 * {@link ai.talkover.campaigns.adapter.redis.RedisFleet}.
 */
package ai.talkover.campaigns.adapter.redis;
