package co.pactos.reporting.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The traffic light (semáforo) of a progress percentage, set by {@code pactos.dashboard.semaforo.*}: below
 * {@code red-below} is red ("Bajo"), from {@code green-from} on green ("Alto"), in between yellow ("Medio"); no target
 * for the period (NP) is grey ("Sin meta"). Every light carries a text label and a symbol, so colour is never the only
 * signal. The default bands (40 and 70) are this project's choice: DNP's own bands could not be confirmed (see README).
 */
@ConfigurationProperties("pactos.dashboard.semaforo")
public record Semaforo(BigDecimal redBelow, BigDecimal greenFrom) {

    /** One band as pages and CSV files name it. {@code code} is stable (CSV, CSS class); {@code label} is for people. */
    public record Light(String code, String label, String symbol, String range) {
    }

    public Semaforo {
        redBelow = redBelow == null ? new BigDecimal("40") : redBelow;
        greenFrom = greenFrom == null ? new BigDecimal("70") : greenFrom;
        if (redBelow.signum() < 0 || greenFrom.compareTo(new BigDecimal("100")) > 0 || redBelow.compareTo(greenFrom) > 0) {
            throw new IllegalArgumentException("pactos.dashboard.semaforo: need 0 <= red-below <= green-from <= 100, was red-below="
                    + redBelow + ", green-from=" + greenFrom);
        }
    }

    /** The light of a percentage (0..100, clamped); null (no target for the period) is grey. */
    public Light of(BigDecimal progress) {
        if (progress == null) {
            return none();
        }
        if (progress.compareTo(redBelow) < 0) {
            return red();
        }
        return progress.compareTo(greenFrom) < 0 ? yellow() : green();
    }

    /** The legend: every light with its range, in the order a reader expects. */
    public List<Light> legend() {
        return List.of(green(), yellow(), red(), none());
    }

    private Light green() {
        return new Light("verde", "Alto", "●", "desde " + PageFormat.percentBound(greenFrom));
    }

    private Light yellow() {
        return new Light("amarillo", "Medio", "▲", "desde " + PageFormat.percentBound(redBelow) + " y menos de "
                + PageFormat.percentBound(greenFrom));
    }

    private Light red() {
        return new Light("rojo", "Bajo", "■", "menos de " + PageFormat.percentBound(redBelow));
    }

    private static Light none() {
        return new Light("sin-meta", "Sin meta", "○", "sin meta programada para el período (NP)");
    }
}
