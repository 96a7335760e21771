package dev.memoria.internal.policy;

import dev.memoria.CacheConfigurationException;
import dev.memoria.Persist;
import dev.memoria.Refresh;
import dev.memoria.Scope;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.memoria.internal.policy.Attributes.MAX_ENTRIES;
import static dev.memoria.internal.policy.Attributes.MAX_SIZE;
import static dev.memoria.internal.policy.Attributes.MAX_STALE;
import static dev.memoria.internal.policy.Attributes.ON_RELEASE;
import static dev.memoria.internal.policy.Attributes.PERSIST;
import static dev.memoria.internal.policy.Attributes.REFRESH;
import static dev.memoria.internal.policy.Attributes.SCOPE;
import static dev.memoria.internal.policy.Attributes.SHOW_TIME;
import static dev.memoria.internal.policy.Attributes.TTL;
import static dev.memoria.internal.policy.Attributes.VALIDATE;
import static dev.memoria.internal.policy.CacheSpec.Kind.DATA;
import static dev.memoria.internal.policy.CacheSpec.Kind.RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CacheSpecTest {

    private static final String METHOD = "example.Reports.load(int)";

    @Test
    void defaultsMatchTheAnnotations() {
        CacheSpec spec = CacheSpec.builder(DATA, METHOD).build();
        assertThat(spec.ttl()).isEmpty();
        assertThat(spec.maxEntries()).isEmpty();
        assertThat(spec.maxBytes()).isEmpty();
        assertThat(spec.persist()).isEqualTo(Persist.NONE);
        assertThat(spec.showSpinner()).isTrue();
        assertThat(spec.scope()).isEqualTo(Scope.GLOBAL);
        assertThat(spec.hashers()).isEmpty();
    }

    @Test
    void parsesTtlAndMaxSize() {
        CacheSpec spec = CacheSpec.builder(DATA, METHOD).set(TTL, "1h30m").set(MAX_SIZE, "64MB").set(MAX_ENTRIES, 10)
                .build();
        assertThat(spec.ttl()).contains(Duration.ofMinutes(90));
        assertThat(spec.maxBytes()).hasValue(64L << 20);
        assertThat(spec.maxEntries()).hasValue(10);
    }

    @Test
    void badTtlNamesMethodAttributeAndText() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(TTL, "1 flecond").build())
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageStartingWith("Invalid cache configuration on " + METHOD + ": ttl \"1 flecond\"")
                .hasMessageContaining("'flecond' is not a unit");
    }

    @Test
    void zeroMaxEntriesIsAnError() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(MAX_ENTRIES, 0).build())
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("maxEntries = 0 would keep nothing")
                .hasMessageContaining("-1 (the default) for no bound");
    }

    @Test
    void maxEntriesBelowMinusOneIsAnError() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(MAX_ENTRIES, -2).build())
                .hasMessageContaining("maxEntries = -2");
    }

    @Test
    void zeroTtlIsAnErrorAsMaxEntriesZeroIs() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(TTL, "0s").build())
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("ttl = \"0s\" would expire every entry as soon as it is stored");
        assertThatThrownBy(() -> CacheSpec.builder(RESOURCE, METHOD).set(TTL, "PT0S").build())
                .hasMessageContaining("ttl = \"PT0S\" would expire every entry");
    }

    @Test
    void maxSizeBelowOneByteIsAnError() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(MAX_SIZE, "0.5B").build())
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("maxSize \"0.5B\" is not a size: a bound of less than one byte would cache"
                                      + " nothing");
    }

    @Test
    void badMaxSizeIsAnError() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(MAX_SIZE, "huge").build())
                .hasMessageContaining("maxSize \"huge\" is not a size");
    }

    @Test
    void resourcesCannotPersist() {
        assertThatThrownBy(() -> CacheSpec.builder(RESOURCE, METHOD).set(PERSIST, Persist.DISK).build())
                .hasMessageContaining("persist = DISK is not supported on @CacheResource");
    }

    @Test
    void callbacksBelongToResources() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(VALIDATE, "isOpen").build())
                .hasMessageContaining("validate = \"isOpen\" is only supported on @CacheResource");
        assertThat(CacheSpec.builder(RESOURCE, METHOD).set(VALIDATE, "isOpen").set(ON_RELEASE, "close")
                .build().validate())
                .isEqualTo("isOpen");
    }

    @Test
    void callbackMustBeAMethodName() {
        assertThatThrownBy(() -> CacheSpec.builder(RESOURCE, METHOD).set(VALIDATE, "isOpen()").build())
                .hasMessageContaining("is not a method name");
    }

    @Test
    void sessionScopeCannotPersist() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(SCOPE, Scope.SESSION).set(PERSIST, Persist.DISK)
                .build())
                .hasMessageContaining("scope = SESSION with persist = DISK");
    }

    @Test
    void equalSpecsAreEqual() {
        assertThat(CacheSpec.builder(DATA, METHOD).set(TTL, "1h").build())
                .isEqualTo(CacheSpec.builder(DATA, "other.Method()").set(TTL, "60m").build())
                .isNotEqualTo(CacheSpec.builder(DATA, METHOD).set(TTL, "2h").build());
    }

    @Test
    void backgroundRefreshServesStaleEntriesForMaxStaleOrByDefaultForAnotherTtl() {
        CacheSpec spec = CacheSpec.builder(DATA, METHOD).set(TTL, "10m").set(REFRESH, Refresh.BACKGROUND).build();
        assertThat(spec.maxStale()).isEqualTo(Duration.ofMinutes(10));
        assertThat(spec.retention()).contains(Duration.ofMinutes(20));

        CacheSpec bounded = CacheSpec.builder(RESOURCE, METHOD).set(TTL, "10m").set(REFRESH, Refresh.BACKGROUND)
                .set(MAX_STALE, "1h").set(SHOW_TIME, true).build();
        assertThat(bounded.retention()).contains(Duration.ofMinutes(70));
        assertThat(bounded.showTime()).isTrue();
        assertThat(CacheSpec.builder(DATA, METHOD).set(TTL, "10m")
                .build().retention()).contains(Duration.ofMinutes(10));
    }

    @Test
    void backgroundRefreshWithoutTtlIsAnError() {
        assertThatThrownBy(() -> CacheSpec.builder(RESOURCE, METHOD).set(REFRESH, Refresh.BACKGROUND).build())
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageStartingWith("Invalid cache configuration on " + METHOD + ": refresh = BACKGROUND"
                                        + " requires a ttl")
                .hasMessageContaining("Add a ttl");
    }

    @Test
    void badMaxStaleNamesTheAttributeAndText() {
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(TTL, "1h").set(REFRESH, Refresh.BACKGROUND)
                .set(MAX_STALE, "soon").build())
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining(METHOD).hasMessageContaining("maxStale \"soon\" is not a duration");
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(TTL, "1h").set(REFRESH, Refresh.BACKGROUND)
                .set(MAX_STALE, "0s").build())
                .hasMessageContaining("maxStale \"0s\" would serve no stale entry");
        assertThatThrownBy(() -> CacheSpec.builder(DATA, METHOD).set(TTL, "1h").set(MAX_STALE, "5m").build())
                .hasMessageContaining("maxStale = \"5m\" only applies with refresh = BACKGROUND");
    }
}
