package dev.memoria.internal.store;

import dev.memoria.internal.Settings;
import dev.memoria.internal.policy.ByteSizes;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;

import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One bound on the bytes the memory tiers of all cached methods hold together (Streamlit's
 * {@code server.maxCachedDataSize}): by default a quarter of the maximum heap, so that caching can never fill it.
 *
 * <p>Why a shared counter and an eviction pass rather than one Caffeine cache for every method: each method keeps its
 * own cache with its own {@code ttl}, {@code maxEntries}, {@code maxSize}, release callbacks and statistics, and its
 * own W-TinyLFU view of which of its entries are hot. The budget only adds up their weights. Stores charge it when
 * they store and credit it when an entry leaves, on the miss path only; a hit only refreshes its entry's stamp (see
 * {@link MemoryStore}). When a store pushes
 * the total past the budget, one thread at a time evicts the coldest entries of the store that holds the most bytes,
 * then of the next, until the total is back under {@link #LOW_WATER} of the budget: the biggest consumer gives way
 * first, and the margin keeps a stream of new keys from running a pass on every store.
 */
public final class MemoryBudget {

    /** After a pass the memory tiers hold at most this share of the budget. */
    static final double LOW_WATER = 0.9;
    /** Entries evicted from one store before the largest store is chosen again. */
    private static final int BATCH = 32;

    /** The default share of the maximum heap: room for the application's own data, and for Caffeine's margins. */
    static final int DEFAULT_PERCENT = 25;

    private final long maxBytes;
    private final String origin;
    /**
     * For a bound set as a share of the heap, the share ({@code "25"}) that {@link #origin()} puts before the heap's
     * size, else {@code null}: the size is formatted only for the warning, since formatting it loads
     * {@code BigDecimal} on the JVM's first cached call.
     */
    private final String heapShare;
    private final long maxHeap;
    private final AtomicLong used = new AtomicLong();
    private final Queue<WeakReference<MemoryStore>> stores = new ConcurrentLinkedQueue<>();
    private final ReentrantLock evicting = new ReentrantLock();
    private final Reporter reporter;

    /**
     * @param maxBytes the bound, {@link Long#MAX_VALUE} for none
     * @param origin   how the bound was set, for the warning: e.g. {@code 25% of the 512.0 MiB maximum heap, the
     *                 default}
     * @param reporter the engine's, told once when the budget is reached
     */
    MemoryBudget(long maxBytes, String origin, Reporter reporter) {
        this(maxBytes, null, 0, origin, reporter);
    }

    private MemoryBudget(long maxBytes, String heapShare, long maxHeap, String origin, Reporter reporter) {
        this.maxBytes = maxBytes;
        this.heapShare = heapShare;
        this.maxHeap = maxHeap;
        this.origin = origin;
        this.reporter = reporter;
    }

    /**
     * The budget a setting asks for; an unusable setting is reported once and the default applies.
     *
     * @param setting {@code memoria.maxMemory} as written, {@code null} when unset
     * @param maxHeap the JVM's maximum heap ({@link Runtime#maxMemory()})
     */
    static MemoryBudget fromSetting(String setting, long maxHeap, Reporter reporter) {
        if (setting != null) {
            try {
                return parse(setting, maxHeap, reporter);
            } catch (IllegalArgumentException e) {
                reporter.once("maxMemory " + setting, Messages.budgetRejected(setting, e.getMessage(), DEFAULT_PERCENT));
            }
        }
        return share(DEFAULT_PERCENT, maxHeap, "the default", reporter);
    }

    private static MemoryBudget parse(String setting, long maxHeap, Reporter reporter) {
        String text = setting.trim();
        if (!text.endsWith("%")) {
            return new MemoryBudget(ByteSizes.parse(text), "set by memoria.maxMemory = " + text, reporter);
        }
        double percent;
        try {
            percent = Double.parseDouble(text.substring(0, text.length() - 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.notAPercentage(text), e);
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException(Messages.shareOutOfRange());
        }
        return share(percent, maxHeap, "set by memoria.maxMemory = " + text, reporter);
    }

    private static MemoryBudget share(double percent, long maxHeap, String how, Reporter reporter) {
        if (maxHeap == Long.MAX_VALUE) {
            return new MemoryBudget(Long.MAX_VALUE, "the JVM reports no maximum heap, so there is no bound", reporter);
        }
        String share = (percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent));
        return new MemoryBudget((long) (maxHeap * percent / 100), share, maxHeap, how, reporter);
    }

    /**
     * The budget the settings ask for ({@code memoria.maxMemory} / {@code MEMORIA_MAX_MEMORY} / agent option
     * {@code maxMemory=}), over this JVM's maximum heap: what the JVM's engine builds once, for every memory tier.
     *
     * @param reporter the engine's: told of an unusable setting, and once when the budget is reached
     */
    public static MemoryBudget fromSettings(Reporter reporter) {
        return fromSetting(Settings.maxMemory().orElse(null), Runtime.getRuntime().maxMemory(), reporter);
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Bytes held by every store of this budget. */
    long used() {
        return used.get();
    }

    void register(MemoryStore store) {
        stores.add(new WeakReference<>(store));
    }

    /** A store took in {@code bytes}; evicts elsewhere (or there) when the total is now over the budget. */
    void charge(long bytes) {
        // a release callback run by a pass may store a value: that must not start a pass inside the pass
        if (used.addAndGet(bytes) > maxBytes && !evicting.isHeldByCurrentThread() && evicting.tryLock()) {
            try {
                evictDownTo((long) (maxBytes * LOW_WATER));
            } finally {
                evicting.unlock();
            }
        }
    }

    /** An entry of {@code bytes} left a store. */
    void credit(long bytes) {
        used.addAndGet(-bytes);
    }

    private void evictDownTo(long target) {
        while (used.get() > target) {
            MemoryStore largest = largestStore();
            if (largest == null) {
                return;
            }
            warnOnce(largest);
            if (largest.evictColdest(BATCH, used.get() - target) == 0) {
                return; // what remains is held by entries in flight: nothing left to evict now
            }
        }
    }

    private MemoryStore largestStore() {
        MemoryStore largest = null;
        long most = 0;
        for (Iterator<WeakReference<MemoryStore>> it = stores.iterator(); it.hasNext(); ) {
            MemoryStore store = it.next().get();
            if (store == null) {
                it.remove(); // its cache was dropped (a session ended): it holds nothing any more
            } else if (store.heldBytes() > most) {
                most = store.heldBytes();
                largest = store;
            }
        }
        return largest;
    }

    private void warnOnce(MemoryStore largest) {
        // once per budget: an engine has one, and a budget built in a test warns of its own
        reporter.once("memory budget " + System.identityHashCode(this), Messages.budgetReached(
                ByteSizes.format(maxBytes), origin(), largest.method(), ByteSizes.format(largest.heldBytes())));
    }

    /** How the bound was set: e.g. {@code 25% of the 512.0 MiB maximum heap, the default}. */
    private String origin() {
        return heapShare == null ? origin
                : heapShare + "% of the " + ByteSizes.format(maxHeap) + " maximum heap, " + origin;
    }
}
