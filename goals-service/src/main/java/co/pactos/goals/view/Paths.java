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
}
