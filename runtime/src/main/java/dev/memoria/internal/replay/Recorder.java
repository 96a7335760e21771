package dev.memoria.internal.replay;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recordings the calling thread is making: one level per cached method computing on a miss, innermost last. A UI
 * call is recorded into every level, as Streamlit does, so an outer method's recording also holds what its inner
 * cached methods drew (computed or replayed). Each level classifies the call's target on its own: a container the
 * inner method created is "created inside" for the outer one too, while one the outer method created is "outside"
 * for the inner one.
 */
public final class Recorder {

    private static final ThreadLocal<Deque<Level>> LEVELS = ThreadLocal.withInitial(ArrayDeque::new);

    private Recorder() {
    }

    /** Starts recording for a cached method that is about to compute on the calling thread. */
    public static void begin() {
        LEVELS.get().addLast(new Level());
    }

    /** Ends the innermost recording (its computation returned or threw) and returns it. */
    public static Recording end() {
        return Recording.of(LEVELS.get().removeLast().calls);
    }

    /** Whether a cached method is computing on the calling thread (Streamlit's {@code in_cached_function}). */
    public static boolean recording() {
        return !LEVELS.get().isEmpty();
    }

    /**
     * A call that is starting, with its target classified by every level; {@code null} when nothing records or the
     * thread runs no UI session.
     */
    static PendingCall start(ReplayBinding binding, Object target, String method, Object[] args) {
        Deque<Level> levels = LEVELS.get();
        if (levels.isEmpty()) {
            return null;
        }
        Object active = binding.activeTarget();
        if (active == null) {
            return null; // drawn outside a UI run (a worker thread): not on the page replay draws on
        }
        List<Level> into = new ArrayList<>(levels);
        List<Target> targets = new ArrayList<>(levels.size());
        for (Level level : into) {
            targets.add(level.classify(binding, target, active, method, args));
        }
        return new PendingCall(binding, method, args.clone(), into, targets);
    }

    /** One level: the calls recorded so far and the targets they created, by identity. */
    static final class Level {

        private final List<RecordedCall> calls = new ArrayList<>();
        private final Map<Object, Integer> created = new IdentityHashMap<>();

        private Target classify(ReplayBinding binding, Object target, Object active, String method, Object[] args) {
            Integer index = created.get(target);
            if (index != null) {
                return new Target.Created(index);
            }
            if (target == active) {
                return new Target.Active();
            }
            String root = binding.rootName(target);
            if (root != null) {
                return new Target.Root(root);
            }
            return new Target.Outside(binding.describe(target, method, args));
        }

        void add(RecordedCall call, List<?> createdTargets) {
            calls.add(call);
            for (Object target : createdTargets) {
                created.putIfAbsent(target, created.size());
            }
        }
    }
}
