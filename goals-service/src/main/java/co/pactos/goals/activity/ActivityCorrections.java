package co.pactos.goals.activity;

import co.pactos.events.goals.ActivityCorrectedEvent;
import co.pactos.events.goals.ActivityRecordedEvent;
import java.util.Objects;

/** What a correction does to an activity: the fields it sets replace the activity's (a list the whole list), the others stay. */
final class ActivityCorrections {

    private ActivityCorrections() {
    }

    static ActivityRecordedEvent apply(ActivityRecordedEvent a, ActivityCorrectedEvent c) {
        return new ActivityRecordedEvent(a.activityId(), a.planId(), a.dependency(), or(c.title(), a.title()),
                or(c.description(), a.description()), or(c.startDate(), a.startDate()), or(c.endDate(), a.endDate()), a.pacts(),
                a.allPacts(), a.goals(), or(c.beneficiaries(), a.beneficiaries()), or(c.municipalities(), a.municipalities()),
                or(c.topics(), a.topics()));
    }

    static boolean changesSomething(ActivityRecordedEvent a, ActivityCorrectedEvent c) {
        return differs(c.title(), a.title()) || differs(c.description(), a.description())
                || differs(c.startDate(), a.startDate()) || differs(c.endDate(), a.endDate())
                || differs(c.beneficiaries(), a.beneficiaries()) || differs(c.municipalities(), a.municipalities())
                || differs(c.topics(), a.topics());
    }

    private static boolean differs(Object corrected, Object current) {
        return corrected != null && !Objects.equals(corrected, current);
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
