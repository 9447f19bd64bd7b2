package co.pactos.events.goals;

/** How a goal serves a pact. */
public enum LinkType {
    DIRECT,
    INDIRECT
}
