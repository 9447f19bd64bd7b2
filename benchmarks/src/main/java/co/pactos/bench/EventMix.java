package co.pactos.bench;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The share of each kind of event among the bulk of the log (everything after the plan's structure:
 * plan, dependencies, pacts, goals, links and annual targets). Written {@code progress=55,activity=8,...};
 * kinds left out get no events.
 */
public final class EventMix {

    /** The kinds of bulk event, named as on the command line. */
    public enum Kind {
        PROGRESS("progress"), ACTIVITY("activity"), INVESTMENT("investment"), EXECUTION("execution"),
        ADJUSTMENT("adjustment"), PROGRAMME("programme"), CALL("call"), CALL_RESULT("call-result");

        final String option;

        Kind(String option) {
            this.option = option;
        }

        static Kind of(String option) {
            for (Kind kind : values()) {
                if (kind.option.equals(option.strip().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown event kind '" + option + "' in --mix; kinds: progress, activity, "
                    + "investment, execution, adjustment, programme, call, call-result");
        }
    }

    public static final String DEFAULT =
            "progress=55,activity=8,investment=12,execution=15,adjustment=4,programme=0.2,call=1.3,call-result=4.5";

    private final Map<Kind, Double> weights;
    private final Kind[] kinds;
    private final double[] cumulative;

    private EventMix(Map<Kind, Double> weights) {
        this.weights = weights;
        this.kinds = weights.keySet().toArray(Kind[]::new);
        this.cumulative = new double[kinds.length];
        double sum = 0;
        for (int i = 0; i < kinds.length; i++) {
            sum += weights.get(kinds[i]);
            cumulative[i] = sum;
        }
    }

    public static EventMix parse(String text) {
        Map<Kind, Double> weights = new EnumMap<>(Kind.class);
        for (String part : text.split(",")) {
            String[] pair = part.split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("--mix is kind=weight,...; was '" + text + "'");
            }
            double weight = Double.parseDouble(pair[1].strip());
            if (weight < 0) {
                throw new IllegalArgumentException("--mix weights are not negative; was '" + part + "'");
            }
            if (weight > 0) {
                weights.put(Kind.of(pair[0]), weight);
            }
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("--mix gives no kind a weight above 0");
        }
        return new EventMix(weights);
    }

    /** A kind drawn with the mix's weights. */
    public Kind draw(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return kinds[i];
            }
        }
        return kinds[kinds.length - 1];
    }

    public double share(Kind kind) {
        return weights.getOrDefault(kind, 0.0) / cumulative[cumulative.length - 1];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        weights.forEach((kind, weight) -> text.append(text.isEmpty() ? "" : ",").append(kind.option).append('=')
                .append(weight % 1 == 0 ? Long.toString(weight.longValue()) : weight.toString()));
        return text.toString();
    }
}
