package co.pactos.goals;

import co.pactos.kit.domain.RuleViolation;

/** Amendments, revisions, link changes, corrections and reopenings must say why: the reason is part of the record. */
public final class Reasons {

    private Reasons() {
    }

    public static void require(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "must say why " + what);
        }
    }
}
