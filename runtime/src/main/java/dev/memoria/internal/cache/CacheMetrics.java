package dev.memoria.internal.cache;

import dev.memoria.CacheStats;
import dev.memoria.Persist;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The statistics of every cached method of the JVM as OpenMetrics text, after Streamlit's {@code cache_memory_bytes}
 * at {@code /_stcore/metrics}: entries, bytes, hits and misses per method. The agent hands
 * {@link #openMetrics(Caches)} to the UI toolkit's {@code /metrics} page as a source; the text has no {@code # EOF},
 * which the page adds.
 *
 * <p>A method's samples carry {@code cache} (its name as {@link dev.memoria.CachedFunction#name()} gives it, with
 * parameter types, so overloads stay apart) and {@code cache_type} ({@code data} or {@code resource}). They sum the
 * global cache, every session's cache, and every code version and configuration of the method, as Streamlit's
 * {@code group_stats} sums per function. A label per session was rejected: session ids are random and short-lived,
 * and every one would leave a series behind in the scraper. The counters also include sessions that ended, so they
 * only ever grow, as OpenMetrics counters must; the gauges show what is held now.
 */
public final class CacheMetrics {

    /** One metric family: its name, type, unit and help, and the statistic it samples. */
    private enum Family {
        ENTRIES("memoria_cache_entries", "gauge", "", "Entries a cached method holds now.", CacheStats::entries),
        MEMORY_BYTES("memoria_cache_memory_bytes", "gauge", "bytes", "Bytes a cached method's entries hold now:"
                + " serialized size for data, an estimate for resources.", CacheStats::bytes),
        HITS("memoria_cache_hits", "counter", "", "Calls a cached method answered without running its body.",
                CacheStats::hits),
        MISSES("memoria_cache_misses", "counter", "", "Calls that ran a cached method's body.", CacheStats::misses),
        REMOTE_HITS("memoria_cache_remote_hits", "counter", "", "Lookups the shared store answered (persist ="
                + " REMOTE).", stats -> stats.remote().hits()),
        REMOTE_MISSES("memoria_cache_remote_misses", "counter", "", "Lookups the shared store could not answer: no"
                + " entry, a bad one, or a store that was down.", stats -> stats.remote().misses()),
        REMOTE_BYTES("memoria_cache_remote_bytes", "counter", "bytes", "Payload bytes read from and written to the"
                + " shared store.", stats -> stats.remote().bytes()),
        REMOTE_ERRORS("memoria_cache_remote_errors", "counter", "", "Bad entries found in the shared store, dropped"
                + " and recomputed.", stats -> stats.remote().errors()),
        REMOTE_WAIT("memoria_cache_remote_wait_milliseconds", "counter", "milliseconds", "Time spent waiting for"
                + " other JVMs' computations of the same key.", stats -> stats.remote().waitMillis());

        final String name;
        final String type;
        final String unit;
        final String help;
        final ToLongFunction<CacheStats> value;

        Family(String name, String type, String unit, String help, ToLongFunction<CacheStats> value) {
            this.name = name;
            this.type = type;
            this.unit = unit;
            this.help = help;
            this.value = value;
        }

        /** A counter's samples end in {@code _total}; a gauge's are named as the family. */
        String sampleName() {
            return type.equals("counter") ? name + "_total" : name;
        }
    }

    /** The labels of one method's samples, in the order they are written. */
    private record Labels(String cache, String cacheType) {
        static final Comparator<Labels> ORDER = Comparator.comparing(Labels::cache).thenComparing(Labels::cacheType);

        static Labels of(SiteDescriptor descriptor) {
            return new Labels(descriptor.displayName(),
                    descriptor.spec().kind() == CacheSpec.Kind.DATA ? "data" : "resource");
        }

        String text() {
            return "{cache=\"" + escape(cache) + "\",cache_type=\"" + cacheType + "\"}";
        }
    }

    private CacheMetrics() {
    }

    /**
     * The families, each with one sample per cached method that has a cache, sorted by method; the shared store's
     * families only for {@code persist = REMOTE} methods.
     */
    public static String openMetrics(Caches caches) {
        Map<Labels, CacheStats> methods = new TreeMap<>(Labels.ORDER);
        Set<Labels> shared = new HashSet<>(); // the methods whose samples include the shared store's
        for (FunctionCache cache : caches.all()) {
            methods.merge(Labels.of(cache.descriptor()), cache.stats(), CacheStats::plus);
            if (cache.descriptor().spec().persist() == Persist.REMOTE) {
                shared.add(Labels.of(cache.descriptor()));
            }
        }
        caches.endedSessions().forEach(
                (descriptor, counted) -> methods.merge(Labels.of(descriptor), counted, CacheStats::plus));
        StringBuilder text = new StringBuilder();
        for (Family family : Family.values()) {
            boolean remoteOnly = family.name.startsWith("memoria_cache_remote_");
            if (remoteOnly && shared.isEmpty()) {
                continue;
            }
            text.append("# TYPE ").append(family.name).append(' ').append(family.type).append('\n');
            if (!family.unit.isEmpty()) {
                text.append("# UNIT ").append(family.name).append(' ').append(family.unit).append('\n');
            }
            text.append("# HELP ").append(family.name).append(' ').append(family.help).append('\n');
            methods.forEach((labels, stats) -> {
                if (!remoteOnly || shared.contains(labels)) {
                    text.append(family.sampleName()).append(labels.text()).append(' ')
                            .append(family.value.applyAsLong(stats)).append('\n');
                }
            });
        }
        return text.toString();
    }

    /** A label value as OpenMetrics writes it: backslash, double quote and line feed escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
