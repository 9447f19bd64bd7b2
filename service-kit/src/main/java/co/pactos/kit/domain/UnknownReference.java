package co.pactos.kit.domain;

/** A command names something (a plan, a pact, a goal, a dependency) that has not been recorded. */
public class UnknownReference extends RuleViolation {

    public UnknownReference(String field, String kind, String id) {
        super(field, "no " + kind + " '" + id + "' has been recorded; create it first or fix the id");
    }
}
