package dev.memoria.it.attributes;

import dev.memoria.internal.call.Engine;
import dev.memoria.it.attributes.TtlFixtures.Expiring;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Time is driven by a fake clock (Memoria's TTL clock), never by sleeping. */
@ExtendWith(FreshCaches.class)
@DisplayName("ttl: an entry expires a fixed time after it was written")
class TtlIT {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final AtomicLong now = new AtomicLong();

    @BeforeEach
    void useFakeClock() {
        Engine.jvm().clock().useForTesting(now::get);
    }

    static Stream<Named<Expiring>> expiring() {
        return TtlFixtures.expiring();
    }

    @DisplayName("§7 scenarios 34 and 35: foo (1 day) and bar (2 days) stored at t=0; each expires a ttl after its"
                 + " own write, and hits do not extend it")
    @ParameterizedTest(name = "{0}")
    @MethodSource("expiring")
    void entriesExpireATtlAfterTheirWrite(Expiring methods) {
        assertThat(methods.foo()).isEqualTo(1);
        assertThat(methods.bar()).isEqualTo(1);

        at(DAY.dividedBy(2));
        assertThat(methods.foo()).as("foo at 0.5 d").isEqualTo(1);
        assertThat(methods.bar()).as("bar at 0.5 d").isEqualTo(1);

        at(DAY.multipliedBy(3).dividedBy(2));
        assertThat(methods.foo()).as("foo at 1.5 d").isEqualTo(2);
        assertThat(methods.bar()).as("bar at 1.5 d").isEqualTo(1);

        at(DAY.multipliedBy(2).plus(SECOND));
        assertThat(methods.foo()).as("foo at 2 d + 1 s (its entry dates from 1.5 d)").isEqualTo(2);
        assertThat(methods.bar()).as("bar at 2 d + 1 s").isEqualTo(2);

        at(DAY.multipliedBy(5).dividedBy(2).plus(SECOND));
        assertThat(methods.foo()).as("foo at 2.5 d + 1 s").isEqualTo(3);
        assertThat(methods.bar()).as("bar at 2.5 d + 1 s").isEqualTo(2);
    }

    static Stream<Arguments> ttlTexts() {
        return Stream.of(
                arguments("90s", Duration.ofSeconds(90), (IntSupplier) TtlFixtures::ninetySeconds),
                arguments("10m", Duration.ofMinutes(10), (IntSupplier) TtlFixtures::tenMinutes),
                arguments("1h", Duration.ofHours(1), (IntSupplier) TtlFixtures::oneHour),
                arguments("1d", Duration.ofDays(1), (IntSupplier) TtlFixtures::oneDay),
                arguments("1d23h", Duration.ofHours(47), (IntSupplier) TtlFixtures::oneDay23Hours),
                arguments("1 day 23hr 45minutes", Duration.ofMinutes(47 * 60 + 45),
                        (IntSupplier) TtlFixtures::oneDay23Hours45Minutes),
                arguments("1.5d23.5h", Duration.ofMinutes(59 * 60 + 30), (IntSupplier) TtlFixtures::fractionalDaysAndHours),
                arguments("1.5 days", Duration.ofHours(36), (IntSupplier) TtlFixtures::oneAndAHalfDays),
                arguments("PT1H", Duration.ofHours(1), (IntSupplier) TtlFixtures::isoOneHour),
                arguments("01:30:00", Duration.ofMinutes(90), (IntSupplier) TtlFixtures::clockNinetyMinutes));
    }

    @DisplayName("§7 scenario 36: each accepted ttl text means its duration: a hit one second before, a miss one"
                 + " second after")
    @ParameterizedTest(name = "ttl = \"{0}\" is {1}")
    @MethodSource("ttlTexts")
    void ttlTextMeansItsDuration(String text, Duration ttl, IntSupplier method) {
        assertThat(method.getAsInt()).isEqualTo(1);

        at(ttl.minus(SECOND));
        assertThat(method.getAsInt()).as("one second before the ttl").isEqualTo(1);

        at(ttl.plus(SECOND));
        assertThat(method.getAsInt()).as("one second after the ttl").isEqualTo(2);
    }

    private void at(Duration sinceStart) {
        now.set(sinceStart.toNanos());
    }
}
