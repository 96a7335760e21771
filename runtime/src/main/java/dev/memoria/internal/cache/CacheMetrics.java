package dev.memoria.internal.cache;

import dev.memoria.CacheStats;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;

import java.util.Comparator;
import java.util.Map;
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
        MISSES("memoria_cache_misses", "counter", "", "Calls that ran a cached method's body.", CacheStats::misses);

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

    /** The four families, each with one sample per cached method that has a cache, sorted by method. */
    public static String openMetrics(Caches caches) {
        Map<Labels, CacheStats> methods = new TreeMap<>(Labels.ORDER);
        for (FunctionCache cache : caches.all()) {
            methods.merge(Labels.of(cache.descriptor()), cache.stats(), CacheStats::plus);
        }
        caches.endedSessions().forEach(
                (descriptor, counted) -> methods.merge(Labels.of(descriptor), counted, CacheStats::plus));
        StringBuilder text = new StringBuilder();
        for (Family family : Family.values()) {
            text.append("# TYPE ").append(family.name).append(' ').append(family.type).append('\n');
            if (!family.unit.isEmpty()) {
                text.append("# UNIT ").append(family.name).append(' ').append(family.unit).append('\n');
            }
            text.append("# HELP ").append(family.name).append(' ').append(family.help).append('\n');
            methods.forEach((labels, stats) -> text.append(family.sampleName()).append(labels.text()).append(' ')
                    .append(family.value.applyAsLong(stats)).append('\n'));
        }
        return text.toString();
    }

    /** A label value as OpenMetrics writes it: backslash, double quote and line feed escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
