/** JMH benchmarks. */
package ai.talkover.campaigns.benchmarks;
