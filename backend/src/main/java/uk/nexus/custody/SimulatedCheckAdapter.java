package uk.nexus.custody;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the real check services, for the demo (enabled by {@code
 * nexus.custody.simulated-checks=true}, which the demo profile sets): answers every check after a short
 * delay, deterministically from the subject id and the kind of check, and says "SIMULATED" in every
 * summary; results are stored with {@code simulated: true}. About one subject in four has an overseas
 * conviction on ACRO, about three in a hundred are wanted on Interpol or SIS II or have an EAW. Never
 * reads nationality: the simulated country comes from the same hash.
 */
@Component
@ConditionalOnProperty(name = "nexus.custody.simulated-checks", havingValue = "true")
public class SimulatedCheckAdapter implements CheckAdapter {

    /** Marks every simulated answer. */
    public static final String LABEL = "SIMULATED";

    private static final List<String> COUNTRIES = List.of("POL", "ROU", "NLD", "ESP", "ALB", "FRA", "LTU", "PRT");
    private static final List<String> OFFENCES =
            List.of("ROBBERY_PERSONAL", "SUPPLY_CLASS_A", "WOUNDING", "BURGLARY_RESIDENTIAL");

    private final Duration delay;

    public SimulatedCheckAdapter(@Value("${nexus.custody.simulated-checks-delay:PT3S}") Duration delay) {
        this.delay = delay;
    }

    @Override
    public String name() {
        return "simulated adapter";
    }

    @Override
    public boolean handles(CheckKind kind) {
        return true;
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public CompletionStage<CheckEntry> request(CheckQuery query) {
        return CompletableFuture.supplyAsync(
                () -> answer(query), CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The answer, a function of the subject id and the kind only. */
    public static CheckEntry answer(CheckQuery query) {
        int h = Math.floorMod((query.subjectId() + "|" + query.kind()).hashCode(), 100);
        return switch (query.kind()) {
            case PNC -> new CheckEntry(CheckResult.TRACE, LABEL + ": PNC record " + query.subjectId() + " found", null);
            case ACRO -> {
                if (h >= 25) {
                    yield new CheckEntry(CheckResult.NO_TRACE, LABEL + ": no convictions held abroad", null);
                }
                OverseasConviction c = new OverseasConviction(
                        COUNTRIES.get(h % COUNTRIES.size()),
                        OFFENCES.get((h / COUNTRIES.size()) % OFFENCES.size()),
                        LocalDate.of(2019, 1, 1).plusDays(h * 17L),
                        LABEL + ": 18 months");
                yield new CheckEntry(
                        CheckResult.TRACE, LABEL + ": one conviction abroad (" + c.country() + ")", List.of(c));
            }
            case INTERPOL, SIS_II ->
                h < 3
                        ? new CheckEntry(CheckResult.WANTED, LABEL + ": " + query.kind() + " alert for arrest", null)
                        : new CheckEntry(CheckResult.NO_TRACE, LABEL + ": no " + query.kind() + " alert", null);
            case EAW ->
                h < 3
                        ? new CheckEntry(CheckResult.TRACE, LABEL + ": arrest warrant in force", null)
                        : new CheckEntry(CheckResult.NO_TRACE, LABEL + ": no arrest warrant", null);
        };
    }
}
