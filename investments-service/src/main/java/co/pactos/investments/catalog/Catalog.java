package co.pactos.investments.catalog;

import java.util.Optional;

/**
 * What aggregates need to know about this service's other aggregates when they decide: which
 * programmes exist, and a call's fiscal year. Injected into command handlers.
 */
public interface Catalog {

    boolean programmeExists(String programmeId);

    /** The fiscal year of a call, if the call exists. */
    Optional<Integer> callFiscalYear(String callId);
}
