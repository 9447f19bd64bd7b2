package co.pactos.events.goals;

/** How many people of one group an activity reached, e.g. 23800 "líderes y lideresas comunales". */
public record Beneficiaries(String group, long count) {
}
