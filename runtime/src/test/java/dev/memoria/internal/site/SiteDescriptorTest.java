package dev.memoria.internal.site;

import dev.memoria.Persist;
import dev.memoria.Scope;
import dev.memoria.internal.policy.CacheSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.memoria.internal.policy.Attributes.ALLOW_WIDGETS;
import static dev.memoria.internal.policy.Attributes.HASHERS;
import static dev.memoria.internal.policy.Attributes.MAX_ENTRIES;
import static dev.memoria.internal.policy.Attributes.MAX_SIZE;
import static dev.memoria.internal.policy.Attributes.MAX_STALE;
import static dev.memoria.internal.policy.Attributes.OFF_HEAP;
import static dev.memoria.internal.policy.Attributes.ON_RELEASE;
import static dev.memoria.internal.policy.Attributes.PERSIST;
import static dev.memoria.internal.policy.Attributes.REFRESH;
import static dev.memoria.internal.policy.Attributes.SCOPE;
import static dev.memoria.internal.policy.Attributes.SHOW_SPINNER;
import static dev.memoria.internal.policy.Attributes.SHOW_TIME;
import static dev.memoria.internal.policy.Attributes.SPINNER_TEXT;
import static dev.memoria.internal.policy.Attributes.TTL;
import static dev.memoria.internal.policy.Attributes.VALIDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteDescriptorTest {

    private static SiteDescriptor load(CacheSpec spec) {
        return new SiteDescriptor("example.Reports$Cache", "load", "(Ljava/util/Map$Entry;[[IJLjava/lang/String;)V",
                false, "0123456789abcdef0123456789abcdef", List.of("entry", "grid", "_year", "name"),
                new boolean[] {false, false, false, true}, true, spec);
    }

    @Test
    void encodingRoundTrips() {
        CacheSpec spec = CacheSpec.builder(CacheSpec.Kind.DATA, "x").set(TTL, "1h").set(MAX_ENTRIES, 5)
                .set(MAX_SIZE, "1MB")
                .set(PERSIST, Persist.DISK).set(OFF_HEAP, true).set(SHOW_SPINNER, false)
                        .set(SPINNER_TEXT, "Loading\nline two \\ ok")
                .set(SCOPE, Scope.GLOBAL).set(ALLOW_WIDGETS, true).set(HASHERS, List.of("example.A", "example.B$C"))
                        .build();
        SiteDescriptor descriptor = load(spec);
        SiteDescriptor decoded = SiteDescriptor.decode(descriptor.encode());
        assertThat(decoded).isEqualTo(descriptor);
        assertThat(decoded.spec()).isEqualTo(spec);
        assertThat(decoded.spec().spinnerText()).isEqualTo("Loading\nline two \\ ok");
    }

    @Test
    void theRulesThatCacheAMethodRoundTripAndNameIt() {
        SiteDescriptor annotated = load(CacheSpec.builder(CacheSpec.Kind.DATA, "x").build());
        SiteDescriptor byRule = annotated.withRules(List.of("memoria.rules:3"), false);
        SiteDescriptor byTwo = annotated.withRules(List.of("memoria.rules:3", "memoria.rules:7"), true);

        assertThat(SiteDescriptor.decode(byRule.encode())).isEqualTo(byRule).isNotEqualTo(annotated);
        assertThat(SiteDescriptor.decode(byRule.encode()).cachedByRulesOnly()).isTrue();
        assertThat(SiteDescriptor.decode(byTwo.encode()).cachedByRulesOnly()).isFalse();
        assertThat(annotated.cachedByRulesOnly()).isFalse();
        assertThat(annotated.describedName()).isEqualTo(annotated.displayName());
        assertThat(byRule.describedName()).isEqualTo(
                "example.Reports$Cache.load(Map.Entry, int[][], long, String) (rule memoria.rules:3)");
        assertThat(byTwo.describedName()).endsWith(" (rules memoria.rules:3, memoria.rules:7)");
    }

    @Test
    void refreshAndShowTimeRoundTrip() {
        CacheSpec spec = CacheSpec.builder(CacheSpec.Kind.RESOURCE, "x").set(TTL, "1m")
                .set(REFRESH, dev.memoria.Refresh.BACKGROUND)
                .set(MAX_STALE, "90s").set(SHOW_TIME, true).build();
        assertThat(SiteDescriptor.decode(load(spec).encode()).spec()).isEqualTo(spec);
    }

    @Test
    void resourceCallbacksRoundTrip() {
        CacheSpec spec = CacheSpec.builder(CacheSpec.Kind.RESOURCE, "x").set(VALIDATE, "isOpen")
                .set(ON_RELEASE, "close").build();
        assertThat(SiteDescriptor.decode(load(spec).encode()).spec()).isEqualTo(spec);
    }

    @Test
    void displayNameUsesReadableParameterTypes() {
        assertThat(load(CacheSpec.builder(CacheSpec.Kind.DATA, "x").build()).displayName())
                .isEqualTo("example.Reports$Cache.load(Map.Entry, int[][], long, String)");
    }

    @Test
    void underscoreAndUnhashedParametersAreLeftOutOfTheKey() {
        SiteDescriptor descriptor = load(CacheSpec.builder(CacheSpec.Kind.DATA, "x").build());
        assertThat(descriptor.hashedParameters()).containsExactly(true, true, false, false);
        assertThat(descriptor.hashesReceiver()).isFalse();
    }

    @Test
    void functionKeyChangesWithTheFingerprintButSignatureDoesNot() {
        SiteDescriptor descriptor = load(CacheSpec.builder(CacheSpec.Kind.DATA, "x").build());
        assertThat(descriptor.functionKey()).endsWith("#0123456789abcdef0123456789abcdef");
        assertThat(descriptor.signature()).isEqualTo("example.Reports$Cache.load(Ljava/util/Map$Entry;[[IJLjava/lang/String;)V");
    }

    @Test
    void defaultSpinnerTextFollowsStreamlit() {
        assertThat(load(CacheSpec.builder(CacheSpec.Kind.DATA, "x").build()).defaultSpinnerText())
                .isEqualTo("Running `Reports.Cache.load(...)`.");
        SiteDescriptor noArgs = new SiteDescriptor("a.B", "answer", "()I", true, "f", List.of(), new boolean[0],
                false, CacheSpec.builder(CacheSpec.Kind.DATA, "x").build());
        assertThat(noArgs.defaultSpinnerText()).isEqualTo("Running `B.answer()`.");
    }

    @Test
    void textFromAnotherFormatVersionIsRejectedClearly() {
        assertThatThrownBy(() -> SiteDescriptor.decode("memoria-site:0\nowner=a.B"))
                .hasMessageContaining("woven by another Memoria version").hasMessageContaining("Rebuild");
    }

    @Test
    void arityMismatchIsRejected() {
        assertThatThrownBy(() -> new SiteDescriptor("a.B", "f", "(I)I", true, "f", List.of(), new boolean[0], false,
                CacheSpec.builder(CacheSpec.Kind.DATA, "x").build()))
                .hasMessageContaining("has 1 parameters but 0 names");
    }
}
