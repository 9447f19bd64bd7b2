package co.pactos.events.goals;

/** How a goal's yearly achievements make up its progress; the formulas are in DOMAIN.md. */
public enum Accumulation {
    ACCUMULATED,
    FLOW,
    STOCK,
    MAINTENANCE,
    REDUCTION
}
