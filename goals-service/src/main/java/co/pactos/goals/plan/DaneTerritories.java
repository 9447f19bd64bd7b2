package co.pactos.goals.plan;

import co.pactos.kit.domain.RuleViolation;
import java.util.Set;

/**
 * DANE's codes of Colombia's 32 departments and Bogotá D.C. (DIVIPOLA): a plan's territory is a
 * department (2 digits) or a municipality (5 digits, the first 2 its department's).
 */
final class DaneTerritories {

    static final Set<String> DEPARTMENTS = Set.of("05", "08", "11", "13", "15", "17", "18", "19", "20", "23", "25", "27", "41",
            "44", "47", "50", "52", "54", "63", "66", "68", "70", "73", "76", "81", "85", "86", "88", "91", "94", "95", "97", "99");

    private DaneTerritories() {
    }

    static void require(String field, String code) {
        if (code == null || !(code.matches("\\d{2}|\\d{5}") && DEPARTMENTS.contains(code.substring(0, 2)))) {
            throw new RuleViolation(field, "must be a DANE code of a department (e.g. 76, Valle del Cauca) or of one of its"
                    + " municipalities (e.g. 76001); '" + code + "' names no department");
        }
    }
}
