package co.pactos.investments;

import co.pactos.investments.catalog.GoalsReferences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What goals-service holds, as an aggregate test states it; records what was asked, so a test can see no question was needed. */
public final class InMemoryGoalsReferences implements GoalsReferences {

    private final Set<String> known = new HashSet<>();
    private final List<String> asked = new ArrayList<>();

    public InMemoryGoalsReferences with(Kind kind, String... ids) {
        for (String id : ids) {
            known.add(kind + ":" + id);
        }
        return this;
    }

    @Override
    public boolean exists(Kind kind, String id) {
        asked.add(kind + ":" + id);
        return known.contains(kind + ":" + id);
    }

    public List<String> asked() {
        return asked;
    }
}
