package dev.memoria;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a call of a cached method would hit or miss now, from {@link CachedFunction#explain}. Immutable. Asking does
 * not run the method, count as a hit or miss, or store anything.
 *
 * <p>{@link #toString()} reads as a sentence, e.g.
 * {@code Reports.load(int) misses for these arguments: expired (ttl = 10m) at 2026-05-01T10:00:00Z.}
 */
public final class Explanation {

    /** Whether the call would hit, and if not, why. */
    public enum Cause {
        /** An entry for these arguments is stored: the call returns it without running the body. */
        HIT("hits"),
        /** No entry for these arguments was computed (or Memoria no longer remembers one). */
        NEVER_COMPUTED("never computed for these arguments"),
        /** The entry outlived its {@code ttl}. */
        EXPIRED("expired"),
        /** The entry was evicted by a bound: {@code maxEntries}, {@code maxSize} or the JVM's memory budget. */
        EVICTED("evicted"),
        /** The entry was cleared by a call of the API. */
        CLEARED("cleared"),
        /**
         * The entry failed a check when read (its tag or format on disk or in the shared store, or its value's
         * classes) and was dropped: it is recomputed, never served. The detail names what was wrong.
         */
        DAMAGED("dropped as damaged"),
        /** {@code @CacheResource(validate = ...)} returned {@code false} for the entry. */
        INVALID("dropped because validate returned false"),
        /** The method's code changed since the entry was computed: a new code version starts empty. */
        NEW_CODE_VERSION("computed by an older code version"),
        /** {@code scope = SESSION}: the entry belongs to another UI session. */
        OTHER_SESSION("stored in another UI session (scope = SESSION)"),
        /** {@code allowWidgets = true}: entries exist for these arguments, under other widget values. */
        OTHER_WIDGET_VALUES("stored under other widget values (allowWidgets = true)");

        private final String text;

        Cause(String text) {
            this.text = text;
        }

        /** The cause as the sentence of {@link Explanation#toString()} writes it. */
        public String text() {
            return text;
        }
    }

    private final String method;
    private final Cause cause;
    private final String detail;
    private final Instant when;
    private final List<String> differingParameters;
    private final List<String> codeChanges;

    private Explanation(String method, Cause cause, String detail, Instant when, List<String> differingParameters,
                        List<String> codeChanges) {
        this.method = Objects.requireNonNull(method, "method");
        this.cause = Objects.requireNonNull(cause, "cause");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.when = when;
        this.differingParameters = List.copyOf(differingParameters);
        this.codeChanges = List.copyOf(codeChanges);
    }

    /**
     * @param method              the method, e.g. {@code example.Reports.load(int)}
     * @param cause               hit, or why not
     * @param detail              what the cause depends on: the bound ({@code maxEntries = 100}), the clearing call
     *                            ({@code CachedFunction.clear()}), the widgets, the closest entry; {@code ""} if none
     * @param when                when the entry left, or {@code null}
     * @param differingParameters for {@link Cause#NEVER_COMPUTED}: the parameters whose values differ from the
     *                            closest stored entry's; empty when no entry is stored
     * @param codeChanges         for {@link Cause#NEW_CODE_VERSION}: each changed, added or removed member with its
     *                            call path, e.g. {@code SalesData.load(long) → Pricing.discount(double): body changed}
     */
    public static Explanation of(String method, Cause cause, String detail, Instant when,
                                 List<String> differingParameters, List<String> codeChanges) {
        return new Explanation(method, cause, detail, when, differingParameters, codeChanges);
    }

    public String method() {
        return method;
    }

    /** Whether the call would be answered from the cache. */
    public boolean hit() {
        return cause == Cause.HIT;
    }

    public Cause cause() {
        return cause;
    }

    /** What the cause depends on (a bound, a call, widgets); empty when nothing more is known. */
    public String detail() {
        return detail;
    }

    /** When the entry left the cache (expired, evicted, cleared, dropped), if known. */
    public Optional<Instant> when() {
        return Optional.ofNullable(when);
    }

    /** The parameters whose values differ from the closest stored entry ({@link Cause#NEVER_COMPUTED}). */
    public List<String> differingParameters() {
        return differingParameters;
    }

    /** What changed in the code ({@link Cause#NEW_CODE_VERSION}), one member and its call path per line. */
    public List<String> codeChanges() {
        return codeChanges;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method);
        if (hit()) {
            return text.append(" hits for these arguments.").toString();
        }
        text.append(" misses for these arguments: ").append(cause.text());
        if (!detail.isEmpty()) {
            text.append(" (").append(detail).append(')');
        }
        if (when != null) {
            text.append(" at ").append(when);
        }
        if (!differingParameters.isEmpty()) {
            text.append("; the closest stored entry differs in ").append(String.join(", ", differingParameters));
        }
        text.append('.');
        codeChanges.forEach(change -> text.append("\n  ").append(change));
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Explanation that && method.equals(that.method) && cause == that.cause
               && detail.equals(that.detail) && Objects.equals(when, that.when)
               && differingParameters.equals(that.differingParameters) && codeChanges.equals(that.codeChanges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, cause, detail, when, differingParameters, codeChanges);
    }
}
