/**
 * Internal, not exported: what the engine prepares from a campaign (its calls indexed by number, its
 * do-not-call keys, its window as an instant set), the reason bit set, the radix sort of plans and
 * the evaluator of the opt-in policies. Fast paths, each checked against the public behaviour by the
 * tests and measured by the benchmarks; only {@code eligibility} uses this package.
 */
package ai.talkover.campaigns.domain.eligibility.internal;
