package dev.memoria.agent.transform;

import dev.memoria.CacheConfigurationException;
import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.agent.fingerprint.ClassSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Configuration errors the agent reports when it weaves a class, read through the {@link Instrumenter}. */
class SpecReaderTest {

    @SuppressWarnings("unused")
    static final class Misconfigured {

        @CacheData(maxEntries = 0)
        static int zeroEntries(int x) {
            return x;
        }

        @CacheResource(validate = "missing")
        static Object unknownValidate() {
            return new Object();
        }

        @CacheResource(validate = "check")
        static Object staticWithInstanceValidate() {
            return new Object();
        }

        boolean check(Object value) {
            return true;
        }

        @CacheResource(validate = "notBoolean")
        static Object validateMustReturnBoolean() {
            return new Object();
        }

        static String notBoolean(Object value) {
            return "";
        }

        @CacheData
        @CacheResource
        static int both() {
            return 1;
        }

        @CacheData(maxSize = "lots")
        static int badSize() {
            return 1;
        }

        @CacheData(ttl = "0s")
        static int zeroTtl() {
            return 1;
        }

        @CacheData(maxSize = "0.5B")
        static int sizeBelowOneByte() {
            return 1;
        }

        @CacheResource(onRelease = "close", validate = "isOpen")
        static Object wellConfigured() {
            return new Object();
        }

        static void close(Object value) {
        }

        static boolean isOpen(Object value) {
            return true;
        }
    }

    abstract static class AbstractCached {
        @CacheData
        abstract int compute(int x);
    }

    private static List<String> problems(Class<?> fixture) {
        return new Instrumenter().instrument(InstrumentingLoader.originalBytes(fixture.getName()),
                        ClassSource.forClassLoader(fixture.getClassLoader(), fixture.getName().replace('.', '/')),
                        null)
                .problems().stream().map(CacheConfigurationException::getMessage).toList();
    }

    private static String problemOf(Class<?> fixture, String method) {
        return problems(fixture).stream().filter(p -> p.contains("." + method + "(")).findFirst().orElseThrow();
    }

    @Test
    void zeroMaxEntries() {
        assertThat(problemOf(Misconfigured.class, "zeroEntries"))
                .startsWith("Invalid cache configuration on " + Misconfigured.class.getName() + ".zeroEntries(int):")
                .contains("maxEntries = 0 would keep nothing");
    }

    @Test
    void validateNamingNoMethod() {
        assertThat(problemOf(Misconfigured.class, "unknownValidate"))
                .contains("validate = \"missing\" names no method boolean missing(java.lang.Object value)");
    }

    @Test
    void instanceValidateOnStaticMethod() {
        assertThat(problemOf(Misconfigured.class, "staticWithInstanceValidate"))
                .contains("validate = \"check\" is an instance method, but staticWithInstanceValidate is static")
                .contains("Make check static");
    }

    @Test
    void validateMustReturnBoolean() {
        assertThat(problemOf(Misconfigured.class, "validateMustReturnBoolean"))
                .contains("names no method boolean notBoolean(java.lang.Object value)");
    }

    @Test
    void bothAnnotations() {
        assertThat(problemOf(Misconfigured.class, "both")).contains("both @CacheData and @CacheResource");
    }

    @Test
    void badMaxSize() {
        assertThat(problemOf(Misconfigured.class, "badSize")).contains("maxSize \"lots\" is not a size");
    }

    @Test
    void boundsThatKeepNothingAreErrorsAsInRulesFiles() {
        assertThat(problemOf(Misconfigured.class, "zeroTtl")).contains("ttl = \"0s\" would expire every entry");
        assertThat(problemOf(Misconfigured.class, "sizeBelowOneByte")).contains("less than one byte");
    }

    @Test
    void abstractMethodsHaveNoBodyToCache() {
        assertThat(problemOf(AbstractCached.class, "compute")).contains("abstract or native")
                .contains("Annotate the implementing method instead");
    }

    @Test
    void wellConfiguredMethodsRaiseNothing() {
        assertThat(problems(Misconfigured.class)).noneMatch(p -> p.contains("wellConfigured"))
                .hasSize(8);
    }
}
