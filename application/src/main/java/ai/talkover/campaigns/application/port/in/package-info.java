/** In-ports: the use cases the library offers, named {@code ...UseCase}. */
package ai.talkover.campaigns.application.port.in;
