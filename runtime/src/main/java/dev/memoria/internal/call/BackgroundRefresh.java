package dev.memoria.internal.call;

import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.flight.Refreshes;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Stored;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.CompletionStage;

/**
 * {@code refresh = BACKGROUND} for one cached method (Streamlit's stale-while-revalidate): an entry older than its
 * {@code ttl} is still served, while a background thread computes a new value by calling the method again. That call
 * goes through the method's woven code, whose site {@link #claim claims} it as the refresh's miss: it runs the body
 * and stores the value over the stale one, unless the cache was cleared since the refresh was started.
 */
final class BackgroundRefresh {

    /** The refresh the current thread is about to make; its call of the method enters the site as this. */
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private final RefreshExecutor executor;
    private final Clock clock;
    private final Reporter reporter;
    private final long ttlMillis;
    private final MethodHandle method;
    private final boolean isStatic;
    private final String displayName;

    /**
     * @param engine    where refreshes run, whose clock says when an entry is stale and whose reporter hears of
     *                  failed refreshes
     * @param ttlMillis how long an entry is fresh
     * @param method    the cached method itself (woven): calling it runs the body through its site
     */
    BackgroundRefresh(Engine engine, long ttlMillis, MethodHandle method, boolean isStatic, String displayName) {
        this.executor = engine.refreshExecutor();
        this.clock = engine.clock();
        this.reporter = engine.reporter();
        this.ttlMillis = ttlMillis;
        this.method = method;
        this.isStatic = isStatic;
        this.displayName = displayName;
    }

    /** Whether the entry's ttl has passed: it is served stale while a refresh replaces it. */
    boolean isStale(Stored stored) {
        return clock.currentTimeMillis() - stored.writtenAtMillis() >= ttlMillis;
    }

    /**
     * Starts refreshing a stale entry unless a refresh of its key runs or cools down after a failure, or one has
     * replaced the entry already: a caller that read the stale entry just before a refresh stored its value and
     * ended must not start a second one.
     *
     * @param stale      the entry found stale
     * @param args       the arguments of the call that found the entry stale; the refresh calls the method with
     *                   them
     * @param generation the cache's generation before the stale entry was read: a clear since then discards the
     *                   refreshed value
     */
    void start(CachingSite site, FunctionCache cache, Stored stale, Object argumentsKey, Object key,
               Object receiver, Object[] args, long generation) {
        Refreshes refreshes = cache.refreshes();
        Object claim = refreshes.tryStart(key);
        if (claim == null) {
            return;
        }
        // A refresh stores before it ends its claim, so after claiming, the store shows what an earlier one stored.
        Stored current = cache.store().get(key);
        boolean stillStale = current != null && current.writtenAtMillis() == stale.writtenAtMillis();
        if (!stillStale) {
            refreshes.abandon(key, claim);
            return;
        }
        Pending pending = new Pending(site, cache, argumentsKey, key, receiver, generation, claim);
        if (!executor.trySubmit(() -> run(pending, args))) {
            refreshes.abandon(key, claim);
        }
    }

    private void run(Pending pending, Object[] args) {
        Object result;
        PENDING.set(pending);
        try {
            result = isStatic ? method.invokeWithArguments(args)
                    : method.bindTo(pending.receiver).invokeWithArguments(args);
        } catch (Throwable failure) {
            ended(pending, failure);
            return;
        } finally {
            PENDING.remove();
        }
        if (pending.site.isAsync() && result instanceof CompletionStage<?> stage) {
            stage.whenComplete((value, failure) -> ended(pending, failure));
        } else {
            ended(pending, null);
        }
    }

    private void ended(Pending pending, Throwable failure) {
        pending.cache.refreshes().ended(pending.key, pending.claim, failure != null);
        if (failure != null) {
            reporter.once("refresh " + displayName + " " + failure, Messages.backgroundRefreshFailed(displayName,
                    String.valueOf(failure), Refreshes.COOLDOWN_MILLIS / 1000));
        }
    }

    /**
     * The miss a call of {@code site}'s method enters as when the current thread is making a refresh of it; else
     * {@code null}, and the call is an ordinary one. Only the refresh's own call is claimed: calls its body makes are
     * ordinary.
     */
    static Miss claim(CachingSite site) {
        Pending pending = PENDING.get();
        if (pending == null || pending.site != site) {
            return null;
        }
        PENDING.remove();
        return site.refreshMiss(pending.cache, pending.argumentsKey, pending.key, pending.receiver, null,
                pending.generation); // the entry's parts were noted when it was first computed
    }

    private record Pending(CachingSite site, FunctionCache cache, Object argumentsKey, Object key, Object receiver,
                           long generation, Object claim) {
    }
}
