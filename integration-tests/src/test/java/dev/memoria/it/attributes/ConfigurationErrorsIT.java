package dev.memoria.it.attributes;

import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.StdErr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.ToIntBiFunction;
import java.util.stream.Stream;

import static dev.memoria.it.attributes.MisconfiguredMethods.CALLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Invalid annotation values are reported once, on stderr, when the class is woven, and the method then runs as if it
 * were not annotated. The fixtures are loaded by name in {@link #loadMisconfiguredClasses()}, with stderr captured.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("Configuration errors: reported once when the class is woven; the method runs uncached")
class ConfigurationErrorsIT {

    private static final String OWNER = "dev.memoria.it.attributes.Misconfigured";
    private static final String PREFIX = "[memoria] Invalid cache configuration on ";

    private static List<String> printedAtLoad;
    private static MisconfiguredMethods methods;

    @BeforeAll
    static void loadMisconfiguredClasses() throws ReflectiveOperationException {
        try (StdErr stderr = StdErr.capture()) {
            methods = (MisconfiguredMethods) Class.forName(OWNER).getDeclaredConstructor().newInstance();
            printedAtLoad = stderr.lines();
        }
    }

    static Stream<Arguments> misconfigured() {
        return Stream.of(
                arguments("ttl = \"1 flecond\"", OWNER + ".flecond(int)", "ttl \"1 flecond\" is not a duration",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::flecond, "flecond"),
                arguments("maxEntries = 0", OWNER + ".zeroEntries(int)", "maxEntries = 0",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::zeroEntries,
                        "zeroEntries"),
                arguments("maxEntries = -2", OWNER + ".negativeEntries(int)", "maxEntries = -2",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::negativeEntries,
                        "negativeEntries"),
                arguments("maxSize = \"12 parsecs\"", OWNER + ".parsecs(int)", "maxSize",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::parsecs, "parsecs"),
                arguments("validate naming no method", OWNER + ".unknownValidate(int)",
                        "validate = \"noSuchMethod\" names no method",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::unknownValidate,
                        "unknownValidate"),
                arguments("onRelease naming no method", OWNER + ".unknownOnRelease(int)",
                        "onRelease = \"noSuchMethod\" names no method",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::unknownOnRelease,
                        "unknownOnRelease"),
                arguments("validate naming a method that does not return boolean", OWNER + ".validateNotBoolean(int)",
                        "validate = \"describe\" names no method boolean describe(int value)",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::validateNotBoolean,
                        "validateNotBoolean"),
                arguments("both @CacheData and @CacheResource", OWNER + ".bothAnnotations(int)",
                        "annotated with both @CacheData and @CacheResource",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::bothAnnotations,
                        "bothAnnotations"),
                arguments("refresh = BACKGROUND without a ttl", OWNER + ".backgroundWithoutTtl(int)",
                        "refresh = BACKGROUND requires a ttl",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::backgroundWithoutTtl,
                        "backgroundWithoutTtl"),
                arguments("maxStale = \"soon\"", OWNER + ".badMaxStale(int)", "maxStale \"soon\" is not a duration",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::badMaxStale,
                        "badMaxStale"),
                arguments("inputs with an unknown prefix", OWNER + ".unknownInputPrefix(int)",
                        "inputs value \"envv:REGION\" has the unknown prefix \"envv:\". Start it with env:",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::unknownInputPrefix,
                        "unknownInputPrefix"),
                arguments("inputs with an empty name", OWNER + ".emptyInputName(int)",
                        "inputs value \"property:\" names nothing after property:",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::emptyInputName,
                        "emptyInputName"),
                arguments("inputs with a glob escaping its directory", OWNER + ".escapingGlob(int)",
                        "has a \"..\" segment after its first wildcard",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::escapingGlob,
                        "escapingGlob"),
                arguments("an abstract method", "dev.memoria.it.attributes.AbstractMisconfigured.compute(int)",
                        "it is abstract or native",
                        (ToIntBiFunction<MisconfiguredMethods, Integer>) MisconfiguredMethods::compute, "compute"));
    }

    @DisplayName("The problem is printed once, as one line naming the method and the attribute")
    @ParameterizedTest(name = "{0}")
    @MethodSource("misconfigured")
    void reportedOnceWhenTheClassIsWoven(String problem, String method, String explanation,
                                         ToIntBiFunction<MisconfiguredMethods, Integer> call, String body) {
        assertThat(printedAtLoad).filteredOn(line -> line.startsWith(PREFIX + method + ": ")).singleElement()
                .satisfies(line -> assertThat(line).contains(explanation).endsWith(" The method runs uncached."));
    }

    @DisplayName("The method runs its body on every call, and calling it reports nothing more")
    @ParameterizedTest(name = "{0}")
    @MethodSource("misconfigured")
    void runsUncached(String problem, String method, String explanation,
                      ToIntBiFunction<MisconfiguredMethods, Integer> call, String body) {
        try (StdErr stderr = StdErr.capture()) {
            assertThat(call.applyAsInt(methods, 5)).isEqualTo(1);
            assertThat(call.applyAsInt(methods, 5)).isEqualTo(2);

            assertThat(CALLS.count(body)).isEqualTo(2);
            assertThat(stderr.text()).isEmpty();
        }
    }
}
