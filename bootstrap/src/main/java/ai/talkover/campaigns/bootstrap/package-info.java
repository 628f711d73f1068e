/** Wiring: the public builder, the command-line tool and the demo. The only module that knows every other. */
package ai.talkover.campaigns.bootstrap;
