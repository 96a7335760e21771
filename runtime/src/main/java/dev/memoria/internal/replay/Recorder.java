package dev.memoria.internal.replay;

import dev.memoria.internal.recording.RecordedCall;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.recording.Target;
import dev.memoria.internal.report.Reporter;

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

    // initialValue rather than withInitial lambdas: a JVM's first cached call records, and spinning each lambda there
    // costs more than the call
    private static final ThreadLocal<Deque<Level>> LEVELS = new ThreadLocal<>() {
        @Override
        protected Deque<Level> initialValue() {
            return new ArrayDeque<>();
        }
    };
    /** How many replays run on this thread: a replayed widget already comes with its recorded warning. */
    private static final ThreadLocal<int[]> REPLAYING = new ThreadLocal<>() {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    };

    private Recorder() {
    }

    /**
     * Starts recording for a cached method that is about to compute on the calling thread.
     *
     * @param method       the cached method as messages name it
     * @param annotation   {@code @CacheData} or {@code @CacheResource}
     * @param allowWidgets whether widget values it reads become part of its key; an enclosing computation that does
     *                     not allow widgets disallows them here too (the outermost setting wins, as in Streamlit)
     * @param reporter     the engine's of the method: told of problems with the UI calls its computation makes
     */
    public static void begin(String method, String annotation, boolean allowWidgets, Reporter reporter) {
        Deque<Level> levels = LEVELS.get();
        boolean allowed = allowWidgets && (levels.isEmpty() || levels.getLast().allowWidgets);
        levels.addLast(new Level(method, annotation, allowed, reporter));
    }

    /** Ends the innermost recording (its computation returned or threw) and returns what it saw. */
    public static Recorded end() {
        Level level = LEVELS.get().removeLast();
        return new Recorded(Recording.of(level.calls), WidgetSet.of(level.widgets));
    }

    /** Whether a cached method is computing on the calling thread (Streamlit's {@code in_cached_function}). */
    public static boolean recording() {
        return !LEVELS.get().isEmpty();
    }

    /**
     * A call that is starting, with its target classified by every level; {@code null} when nothing records or the
     * thread runs no UI session. A widget read where widgets are not allowed is preceded by a warning element.
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
        boolean widget = binding.isWidget(method);
        if (widget && !levels.getLast().allowWidgets && REPLAYING.get()[0] == 0) {
            CachedWidgetWarning.show(binding, target, levels.getLast().method, levels.getLast().annotation,
                    binding.describe(target, method, args), levels.getLast().reporter);
        }
        List<Level> into = new ArrayList<>(levels);
        List<Target> targets = new ArrayList<>(levels.size());
        for (Level level : into) {
            targets.add(level.classify(binding, target, active, method, args));
        }
        return new PendingCall(binding, method, args.clone(), into, targets, widget);
    }

    /** Runs {@code replay}, during which calls are recorded as usual but no widget warning is added. */
    static void replaying(Runnable replay) {
        int[] depth = REPLAYING.get();
        depth[0]++;
        try {
            replay.run();
        } finally {
            depth[0]--;
        }
    }

    /** One level: the calls recorded so far, the targets they created (by identity) and the widgets read. */
    static final class Level {

        private final String method;
        private final String annotation;
        private final boolean allowWidgets;
        private final Reporter reporter;
        private final List<RecordedCall> calls = new ArrayList<>();
        private final Map<Object, Integer> created = new IdentityHashMap<>();
        private final List<WidgetRead> widgets = new ArrayList<>();

        private Level(String method, String annotation, boolean allowWidgets, Reporter reporter) {
            this.reporter = reporter;
            this.method = method;
            this.annotation = annotation;
            this.allowWidgets = allowWidgets;
        }

        /** Where problems with the UI calls of this level's method are told. */
        Reporter reporter() {
            return reporter;
        }

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

        /** Keys the computation by {@code widget} when this level allows widgets. */
        void read(WidgetRead widget) {
            if (allowWidgets) {
                widgets.add(widget);
            }
        }
    }
}
