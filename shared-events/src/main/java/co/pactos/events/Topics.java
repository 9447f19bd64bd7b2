package co.pactos.events;

/**
 * Kafka topics of the contract. Each keeps its events forever and is keyed by aggregate id, so the
 * order of one aggregate's events is kept within its partition.
 */
public final class Topics {

    public static final String GOALS = "pactos.goals.events";
    public static final String INVESTMENTS = "pactos.investments.events";

    private Topics() {
    }
}
