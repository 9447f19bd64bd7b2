package co.pactos.kit.audit;

import co.pactos.events.CloudEventAttributes;

/**
 * An event with its place in the chain.
 *
 * @param fresh chained by this call (false: it was chained before, e.g. a batch relayed again after a token reset)
 */
public record ChainedEvent(StoredEvent event, CloudEventAttributes attributes, long position, String prevhash, String hash,
                           boolean fresh) {
}
