package dev.memoria.it.explain;

import dev.memoria.internal.call.Engine;
import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Explanation;
import dev.memoria.Explanation.Cause;
import dev.memoria.Memoria;
import dev.memoria.Scope;
import dev.memoria.it.support.Calls;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code CachedFunction.explain}: a hit, or the cause of the miss, for every cause but a new code version. */
@ExtendWith(FreshCaches.class)
@DisplayName("explain(args): why a call would hit or miss now")
class ExplainIT {

    static final Calls CALLS = new Calls();

    @CacheData(ttl = "1h")
    static String quote(String item, int quantity) {
        CALLS.record("quote", item, quantity);
        return item + " x" + quantity;
    }

    @CacheData(maxEntries = 2)
    static int square(int x) {
        CALLS.record("square", x);
        return x * x;
    }

    /** Set: the open connection fails validation, and opening a new one fails. */
    static volatile boolean down;

    @CacheResource(validate = "stillOpen")
    static StringBuilder connection(String url) {
        if (down) {
            throw new IllegalStateException("the database is down");
        }
        return new StringBuilder(url);
    }

    static boolean stillOpen(StringBuilder connection) {
        return !down;
    }

    @CacheData(scope = Scope.SESSION)
    static String basket(String user) {
        return user + "'s basket in " + St.sessionId();
    }

    @CacheData(allowWidgets = true)
    static String report(String region) {
        boolean detailed = St.checkbox("Detailed");
        return region + (detailed ? " in detail" : "");
    }

    private static Explanation explainQuote(Object... args) {
        return Memoria.function(ExplainIT.class, "quote").explain(args);
    }

    @Test
    @DisplayName("never computed, then a hit; another call names the parameter that differs from the closest entry")
    void neverComputedHitAndClosestEntry() {
        assertThat(explainQuote("tea", 2).cause()).isEqualTo(Cause.NEVER_COMPUTED);

        quote("tea", 2);
        Explanation hit = explainQuote("tea", 2);
        Explanation other = explainQuote("tea", 3);

        assertThat(hit.hit()).isTrue();
        assertThat(hit.toString()).isEqualTo("dev.memoria.it.explain.ExplainIT.quote(String, int) hits for these"
                + " arguments.");
        assertThat(other.cause()).isEqualTo(Cause.NEVER_COMPUTED);
        assertThat(other.differingParameters()).containsExactly("quantity");
        assertThat(other.toString()).contains("never computed for these arguments; the closest stored entry differs"
                + " in quantity");
        assertThat(CALLS.count("quote")).as("explaining runs nothing").isEqualTo(1);
    }

    @Test
    @DisplayName("expired: names the ttl and when the entry expired")
    void expired() {
        AtomicLong nanos = new AtomicLong();
        Instant before = Instant.now();
        Engine.jvm().clock().useForTesting(nanos::get); // the wall clock starts from the real time and follows these nanoseconds
        Instant after = Instant.now();
        quote("tea", 1);
        nanos.addAndGet(Duration.ofHours(2).toNanos());

        Explanation expired = explainQuote("tea", 1);

        assertThat(expired.cause()).isEqualTo(Cause.EXPIRED);
        assertThat(expired.detail()).isEqualTo("ttl = PT1H");
        assertThat(expired.when().orElseThrow())
                .isBetween(before.plus(Duration.ofHours(1)).minusMillis(1), after.plus(Duration.ofHours(1)));
    }

    @Test
    @DisplayName("evicted: names the bound")
    void evicted() {
        IntStream.rangeClosed(1, 5).forEach(ExplainIT::square);
        Memoria.function(ExplainIT.class, "square").stats(); // lets the bound's evictions happen

        long evicted = IntStream.rangeClosed(1, 5)
                .mapToObj(x -> Memoria.function(ExplainIT.class, "square").explain(x))
                .filter(explanation -> explanation.cause() == Cause.EVICTED)
                .peek(explanation -> assertThat(explanation.detail()).isEqualTo("maxEntries = 2"))
                .count();

        assertThat(evicted).isEqualTo(3);
    }

    @Test
    @DisplayName("cleared: names the call that cleared, for one entry, the method and every @CacheData method")
    void cleared() {
        quote("tea", 1);
        Memoria.function(ExplainIT.class, "quote").clear("tea", 1);
        assertThat(explainQuote("tea", 1).detail()).isEqualTo("CachedFunction.clear(arguments)");

        quote("tea", 1);
        Memoria.function(ExplainIT.class, "quote").clear();
        assertThat(explainQuote("tea", 1).detail()).isEqualTo("CachedFunction.clear()");

        quote("tea", 1);
        Memoria.clearData();
        Explanation cleared = explainQuote("tea", 1);
        assertThat(cleared.cause()).isEqualTo(Cause.CLEARED);
        assertThat(cleared.toString()).contains("cleared (Memoria.clearData()) at ");
    }

    @Test
    @DisplayName("a resource that validate refused, and could not be opened again: names validate")
    void refusedByValidate() {
        connection("db");
        down = true;
        try {
            assertThatThrownBy(() -> connection("db")).hasMessage("the database is down");

            Explanation refused = Memoria.function(ExplainIT.class, "connection").explain("db");

            assertThat(refused.cause()).isEqualTo(Cause.INVALID);
            assertThat(refused.detail()).isEqualTo("validate = \"stillOpen\"");
        } finally {
            down = false;
        }
    }

    @Test
    @DisplayName("scope = SESSION: an entry of another session is named as such")
    void otherSession() {
        UiRun.open(() -> St.text(basket("ada")), "tab-1");
        AtomicReference<Explanation> seen = new AtomicReference<>();

        UiRun.open(() -> seen.set(Memoria.function(ExplainIT.class, "basket").explain("ada")), "tab-2");

        assertThat(seen.get().cause()).isEqualTo(Cause.OTHER_SESSION);
    }

    @Test
    @DisplayName("allowWidgets: an entry stored under other widget values names the widget")
    void otherWidgetValues() {
        AtomicReference<Explanation> seen = new AtomicReference<>();
        UiRun run = UiRun.open(() -> {
            seen.set(Memoria.function(ExplainIT.class, "report").explain("north")); // before this run computes
            St.text(report("north"));
        });
        assertThat(seen.get().cause()).isEqualTo(Cause.NEVER_COMPUTED);

        run.set("Detailed", true);

        assertThat(seen.get().cause()).isEqualTo(Cause.OTHER_WIDGET_VALUES);
        assertThat(seen.get().detail()).contains("label=Detailed");
        run.rerun();
        assertThat(seen.get().hit()).as("computed under the new value by the previous run").isTrue();
    }

    @Test
    @DisplayName("arguments that do not fit the method are refused with the fix")
    void badArguments() {
        assertThatThrownBy(() -> explainQuote("tea"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 2 argument(s) but explain got 1");
    }
}
