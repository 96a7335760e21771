package dev.memoria.it.attributes;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/** Methods with a {@code ttl}; each returns how many times its body has run. */
final class TtlFixtures {

    static final Calls CALLS = new Calls();

    private TtlFixtures() {
    }

    /** §7 scenarios 34 and 35: {@code foo} lives one day, {@code bar} two. */
    interface Expiring {

        int foo();

        int bar();
    }

    static Stream<Named<Expiring>> expiring() {
        return Stream.of(Named.of("@CacheData, ttl \"1d\" and \"2d\"", new DataDays()),
                Named.of("@CacheResource, ttl \"1d\" and \"2d\"", new ResourceDays()),
                Named.of("@CacheData, ttl \"P1D\" and \"P2D\" (ISO-8601, Python's timedelta)", new DataIso()),
                Named.of("@CacheResource, ttl \"PT24H\" and \"PT48H\" (ISO-8601)", new ResourceIso()));
    }

    /** Stateless: every instance is one key, so the receiver can stay out of it. */
    static final class DataDays implements Expiring {

        @Override
        @CacheData(ttl = "1d")
        public int foo(@Unhashed DataDays this) {
            return CALLS.record("DataDays.foo");
        }

        @Override
        @CacheData(ttl = "2d")
        public int bar(@Unhashed DataDays this) {
            return CALLS.record("DataDays.bar");
        }
    }

    static final class ResourceDays implements Expiring {

        @Override
        @CacheResource(ttl = "1d")
        public int foo(@Unhashed ResourceDays this) {
            return CALLS.record("ResourceDays.foo");
        }

        @Override
        @CacheResource(ttl = "2d")
        public int bar(@Unhashed ResourceDays this) {
            return CALLS.record("ResourceDays.bar");
        }
    }

    static final class DataIso implements Expiring {

        @Override
        @CacheData(ttl = "P1D")
        public int foo(@Unhashed DataIso this) {
            return CALLS.record("DataIso.foo");
        }

        @Override
        @CacheData(ttl = "P2D")
        public int bar(@Unhashed DataIso this) {
            return CALLS.record("DataIso.bar");
        }
    }

    static final class ResourceIso implements Expiring {

        @Override
        @CacheResource(ttl = "PT24H")
        public int foo(@Unhashed ResourceIso this) {
            return CALLS.record("ResourceIso.foo");
        }

        @Override
        @CacheResource(ttl = "PT48H")
        public int bar(@Unhashed ResourceIso this) {
            return CALLS.record("ResourceIso.bar");
        }
    }

    // §7 scenario 36: the accepted ttl texts

    @CacheData(ttl = "90s")
    static int ninetySeconds() {
        return CALLS.record("90s");
    }

    @CacheData(ttl = "10m")
    static int tenMinutes() {
        return CALLS.record("10m");
    }

    @CacheData(ttl = "1h")
    static int oneHour() {
        return CALLS.record("1h");
    }

    @CacheData(ttl = "1d")
    static int oneDay() {
        return CALLS.record("1d");
    }

    @CacheData(ttl = "1d23h")
    static int oneDay23Hours() {
        return CALLS.record("1d23h");
    }

    @CacheData(ttl = "1 day 23hr 45minutes")
    static int oneDay23Hours45Minutes() {
        return CALLS.record("1 day 23hr 45minutes");
    }

    @CacheData(ttl = "1.5d23.5h")
    static int fractionalDaysAndHours() {
        return CALLS.record("1.5d23.5h");
    }

    @CacheResource(ttl = "1.5 days")
    static int oneAndAHalfDays() {
        return CALLS.record("1.5 days");
    }

    @CacheResource(ttl = "PT1H")
    static int isoOneHour() {
        return CALLS.record("PT1H");
    }

    @CacheResource(ttl = "01:30:00")
    static int clockNinetyMinutes() {
        return CALLS.record("01:30:00");
    }
}
