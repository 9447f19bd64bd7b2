package co.pactos.goals.view;

/** The API paths of goals-service's resources; each is also the key of its resource view. */
public final class Paths {

    private Paths() {
    }

    public static String plan(String planId) {
        return "/api/plans/" + planId;
    }

    public static String dependency(String code) {
        return "/api/dependencies/" + code;
    }

    public static String pact(String pactId) {
        return "/api/pacts/" + pactId;
    }

    public static String goal(String goalId) {
        return "/api/goals/" + goalId;
    }

    public static String goalLink(String goalId, String pactId) {
        return goal(goalId) + "/pacts/" + pactId;
    }

    public static String target(String goalId, int year) {
        return goal(goalId) + "/targets/" + year;
    }

    public static String progress(String goalId, String reportId) {
        return goal(goalId) + "/progress/" + reportId;
    }

    public static String activity(String activityId) {
        return "/api/activities/" + activityId;
    }

    public static String amendment(String goalId, String amendmentId) {
        return goal(goalId) + "/amendments/" + amendmentId;
    }

    public static String targetRevision(String goalId, int year, String revisionId) {
        return target(goalId, year) + "/revisions/" + revisionId;
    }

    public static String linkChange(String goalId, String pactId, String changeId) {
        return goalLink(goalId, pactId) + "/changes/" + changeId;
    }

    public static String correction(String activityId, String correctionId) {
        return activity(activityId) + "/corrections/" + correctionId;
    }

    /** Every closure of a plan in one view: what the catalog reads to refuse writes in closed periods. */
    public static String closures(String planId) {
        return plan(planId) + "/closures";
    }

    public static String closure(String planId, String period) {
        return closures(planId) + "/" + period;
    }

    public static String reopening(String planId, String period, String reopeningId) {
        return closure(planId, period) + "/reopenings/" + reopeningId;
    }
}
