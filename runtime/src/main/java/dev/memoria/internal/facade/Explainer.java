package dev.memoria.internal.facade;

import dev.memoria.Explanation;
import dev.memoria.Explanation.Cause;
import dev.memoria.Scope;
import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.cache.CodeChange;
import dev.memoria.internal.cache.EntryLog;
import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.session.Sessions;
import dev.memoria.internal.site.SiteDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out why a call would hit or miss now, from what the caches hold and remember: their stores, their
 * {@link EntryLog}s, the other code versions and sessions of the method. Looks only; never computes or stores.
 */
final class Explainer {

    private final Caches caches;
    private final String signature;
    private final String name;

    Explainer(Caches caches, String signature, String name) {
        this.caches = caches;
        this.signature = signature;
        this.name = name;
    }

    Explanation explain(Object receiver, Object[] args) {
        Optional<SiteDescriptor> latest = caches.latest(signature);
        if (latest.isEmpty()) {
            return explanation(Cause.NEVER_COMPUTED, "the method was not called in this JVM yet", null, List.of());
        }
        SiteDescriptor current = latest.get();
        boolean perSession = current.spec().scope() == Scope.SESSION;
        Map<String, FunctionCache> sessions = caches.sessionCaches(signature);
        String session = Sessions.current();
        FunctionCache cache = perSession ? (session == null ? null : sessions.get(session))
                : caches.existingGlobal(current).orElse(null);
        if (cache == null || !cache.descriptor().functionKey().equals(current.functionKey())) {
            return otherSessions(sessions, session, receiver, args)
                    ? explanation(Cause.OTHER_SESSION, "", null, List.of())
                    : explanation(Cause.NEVER_COMPUTED, perSession ? "nothing computed in this UI session yet" : "",
                            null, List.of());
        }
        Object argumentsKey = cache.keys().lookupKey(receiver, args);
        Object key = cache.widgetKeys() == null ? argumentsKey : cache.widgetKeys().lookupKey(argumentsKey);
        if (cache.holds(key)) {
            return explanation(Cause.HIT, "", null, List.of());
        }
        EntryLog.Trace trace = cache.log().trace(key);
        if (trace != null && trace.left() != null) {
            return explanation(trace.left(), trace.detail(), trace, List.of());
        }
        if (cache.widgetKeys() != null) {
            List<String> widgets = cache.widgetKeys().differingWidgets(argumentsKey,
                    cache::holds);
            if (!widgets.isEmpty()) {
                return explanation(Cause.OTHER_WIDGET_VALUES, "widgets " + String.join(", ", widgets), null,
                        List.of());
            }
        }
        if (perSession && otherSessions(sessions, session, receiver, args)) {
            return explanation(Cause.OTHER_SESSION, "", null, List.of());
        }
        Optional<List<String>> changes = olderVersionHeld(cache, receiver, args, argumentsKey);
        if (changes.isPresent()) {
            return explanation(Cause.NEW_CODE_VERSION, "", null, changes.get());
        }
        return neverComputed(cache, cache.keys().parts(receiver, args, argumentsKey));
    }

    /** Whether another session's cache of the method holds an entry for these arguments. */
    private static boolean otherSessions(Map<String, FunctionCache> sessions, String session, Object receiver,
                                         Object[] args) {
        for (Map.Entry<String, FunctionCache> other : sessions.entrySet()) {
            FunctionCache cache = other.getValue();
            if (!other.getKey().equals(session)
                && cache.holds(cache.keys().lookupKey(receiver, args))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What changed, when an older code version of the method, in memory or on disk, holds these arguments: the change
     * since the version before this one, which is the edit a developer just made.
     */
    private Optional<List<String>> olderVersionHeld(FunctionCache cache, Object receiver, Object[] args,
                                                    Object argumentsKey) {
        CodeChange change = cache.codeChange();
        for (FunctionCache older : caches.all()) {
            SiteDescriptor descriptor = older.descriptor();
            if (descriptor.signature().equals(signature)
                && !descriptor.fingerprint().equals(cache.descriptor().fingerprint())
                && older.holds(older.keys().lookupKey(receiver, args))) {
                return Optional.of((change != null ? change
                        : CodeChange.between(descriptor, "earlier in this JVM", cache.descriptor())).lines());
            }
        }
        if (change != null && change.where().equals(CodeChange.ON_DISK)
            && caches.stored().olderVersionHolds(cache.descriptor(), cache.keys().digestOf(argumentsKey))) {
            return Optional.of(change.lines());
        }
        return Optional.empty();
    }

    /** Never computed: which parameters differ from the closest entry remembered as stored. */
    private Explanation neverComputed(FunctionCache cache, Object[] parts) {
        List<String> names = cache.keys().partNames();
        List<String> closest = null;
        for (Map.Entry<Object, Object[]> stored : cache.log().stored()) {
            Object[] other = stored.getValue();
            if (parts == null || other.length != parts.length || !cache.holds(stored.getKey())) {
                continue;
            }
            List<String> differing = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                if (!Objects.equals(parts[i], other[i])) {
                    differing.add(names.get(i));
                }
            }
            if (!differing.isEmpty() && (closest == null || differing.size() < closest.size())) {
                closest = differing;
            }
        }
        return Explanation.of(name, Cause.NEVER_COMPUTED, "", null, closest == null ? List.of() : closest,
                List.of());
    }

    private Explanation explanation(Cause cause, String detail, EntryLog.Trace trace, List<String> changes) {
        return Explanation.of(name, cause, detail, trace == null ? null : trace.when(), List.of(), changes);
    }
}
