package co.pactos.reporting.audit;

import co.pactos.kit.domain.RuleViolation;

/**
 * What was sent for a replay does not verify or cannot be used (a line that breaks the chain, a checkpoint whose
 * signature or hash does not match, no checkpoint for a log): 422 naming the part and what is wrong; nothing is kept.
 */
public class ExportRefused extends RuleViolation {

    public ExportRefused(String field, String message) {
        super(field, message);
    }

    /** Why JSON could not be read, without the parser's echo of the input. */
    static String reason(java.io.IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}
