package dev.memoria.it.data;

import dev.memoria.CacheStats;
import dev.memoria.Memoria;
import dev.memoria.it.data.LargeValuesFixtures.Columns;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;

import static dev.memoria.it.data.LargeValuesFixtures.LENGTH;
import static org.assertj.core.api.Assertions.assertThat;

/** Needs the heap the failsafe configuration gives it: the original, the stored form and a copy live at once. */
@ExtendWith(FreshCaches.class)
@DisplayName("Large values: a ~960 MB @CacheData value is stored and copied whole")
class LargeValuesIT {

    @Test
    @DisplayName("A record of three double[40_000_000] comes back from a hit equal but distinct, and counts its"
                 + " serialized size")
    void largeValueHitReturnsAnEqualDistinctCopy() {
        Columns computed = LargeValuesFixtures.columns(7);
        Columns hit = LargeValuesFixtures.columns(7);

        assertThat(LargeValuesFixtures.CALLS.count("columns")).isEqualTo(1);
        assertThat(hit).isNotSameAs(computed);
        assertThat(hit.prices()).isNotSameAs(computed.prices()).hasSize(LENGTH);
        assertThat(hit.volumes()).isNotSameAs(computed.volumes()).hasSize(LENGTH);
        assertThat(hit.returns()).isNotSameAs(computed.returns()).hasSize(LENGTH);
        // Arrays.equals rather than isEqualTo: a failure must not print 40 million elements
        assertThat(Arrays.equals(hit.prices(), computed.prices())).as("prices are equal").isTrue();
        assertThat(Arrays.equals(hit.volumes(), computed.volumes())).as("volumes are equal").isTrue();
        assertThat(Arrays.equals(hit.returns(), computed.returns())).as("returns are equal").isTrue();
        assertThat(hit.prices()[LENGTH - 1]).isEqualTo(7 + (LENGTH - 1) * 0.25);

        CacheStats stats = Memoria.function(LargeValuesFixtures.class, "columns").stats();
        assertThat(stats.entries()).isEqualTo(1);
        assertThat(stats.bytes()).isBetween(3L * LENGTH * Double.BYTES, 3L * LENGTH * Double.BYTES + 4096);
    }
}
