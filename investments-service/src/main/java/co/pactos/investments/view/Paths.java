package co.pactos.investments.view;

/** The API paths of investments-service's resources; each is also the key of its resource view. */
public final class Paths {

    private Paths() {
    }

    public static String programme(String programmeId) {
        return "/api/programmes/" + programmeId;
    }

    public static String call(String callId) {
        return "/api/calls/" + callId;
    }

    public static String callResult(String callId, String resultId) {
        return call(callId) + "/results/" + resultId;
    }

    public static String investment(String investmentId) {
        return "/api/investments/" + investmentId;
    }

    public static String execution(String investmentId, String executionId) {
        return investment(investmentId) + "/executions/" + executionId;
    }

    public static String adjustment(String investmentId, String adjustmentId) {
        return investment(investmentId) + "/adjustments/" + adjustmentId;
    }
}
