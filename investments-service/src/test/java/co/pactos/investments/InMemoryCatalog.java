package co.pactos.investments;

import co.pactos.investments.catalog.Catalog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalog an aggregate test gives its aggregate: which programmes and calls exist. */
public final class InMemoryCatalog implements Catalog {

    private final Set<String> programmes = new HashSet<>();
    private final Map<String, Integer> callYears = new HashMap<>();

    public InMemoryCatalog programme(String programmeId) {
        programmes.add(programmeId);
        return this;
    }

    public InMemoryCatalog call(String callId, int fiscalYear) {
        callYears.put(callId, fiscalYear);
        return this;
    }

    @Override
    public boolean programmeExists(String programmeId) {
        return programmes.contains(programmeId);
    }

    @Override
    public Optional<Integer> callFiscalYear(String callId) {
        return Optional.ofNullable(callYears.get(callId));
    }
}
