package co.pactos.events.goals;

/** Meta de producto or meta de resultado. */
public enum GoalKind {
    PRODUCT,
    RESULT
}
