package dev.memoria.ui;

import dev.memoria.ui.element.Table;
import dev.memoria.ui.internal.report.Messages;
import dev.memoria.ui.internal.tree.BlockNode;
import dev.memoria.ui.internal.tree.Snapshot;
import dev.memoria.ui.internal.tree.StaleTail;
import dev.memoria.ui.layout.Group;
import dev.memoria.ui.widget.Widget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One browser tab's view of the app: its widget values, its app state, and the runs of the app on its behalf.
 *
 * <p>Runs happen one at a time on a thread of the runner. A widget change while a run is in progress stops that
 * run at its next toolkit call and starts a fresh one, so the page follows the user's latest input. The session
 * ends when the page says goodbye or stops polling, or when the server stops; it then tells {@code onEnd}, once,
 * after its last run has stopped.
 */
final class Session {

    /** How long a poll that arrives during a run waits for more changes, so one response carries several. */
    private static final long BATCH_MILLIS = 40;

    private final String id;
    private final App app;
    private final Executor runner;
    private final Consumer<Session> onEnd;
    private final LongSupplier clock;
    private final WidgetState widgets = new WidgetState();
    private final Map<String, Object> state = new ConcurrentHashMap<>();
    private volatile long lastSeen;

    // guarded by this
    private long version;
    private int runs;
    private Run current;
    private Run last;
    private boolean running;
    private boolean rerunRequested;
    private boolean ended;

    Session(String id, App app, Executor runner, Consumer<Session> onEnd) {
        this(id, app, runner, onEnd, System::nanoTime);
    }

    /** {@code clock} gives nanoseconds, as {@link System#nanoTime()} does, for how long the session was silent. */
    Session(String id, App app, Executor runner, Consumer<Session> onEnd, LongSupplier clock) {
        this.id = id;
        this.app = app;
        this.runner = runner;
        this.onEnd = onEnd;
        this.clock = clock;
        this.lastSeen = clock.getAsLong();
    }

    String id() {
        return id;
    }

    /** The app's own per-session values ({@code st.session_state}). */
    Map<String, Object> state() {
        return state;
    }

    /** Asks for a fresh run: starts one, or stops the run in progress so that a fresh one follows it. */
    void rerun() {
        synchronized (this) {
            if (ended) {
                return;
            }
            rerunRequested = true;
            if (running) {
                return;
            }
            running = true;
        }
        try {
            runner.execute(this::runUntilCurrent); // outside the lock: the app must not run holding it
        } catch (RejectedExecutionException stopping) {
            synchronized (this) {
                running = false;
            }
            end(); // the server is stopping
        }
    }

    /** The browser set widget {@code widgetId} to {@code value} (a click, for a button). */
    void send(String widgetId, Object value) {
        synchronized (this) {
            widgets.send(widgetId, value);
        }
        rerun();
    }

    synchronized <T> T widgetValue(String widgetId, Widget<T> widget, Map<String, Object> sentToRun) {
        return widgets.valueOf(widgetId, widget, sentToRun);
    }

    /** Throws {@link RunStopped} into {@code run} when a fresh run has been asked for or the session ended. */
    synchronized void stopIfSuperseded(Run run) {
        if (ended || (rerunRequested && run == current)) {
            throw new RunStopped();
        }
    }

    /** Something the page shows has changed: wakes the polls waiting for it. */
    synchronized void changed() {
        version++;
        notifyAll();
    }

    /**
     * Waits up to {@code maxMillis} for a version newer than {@code after}, then returns what the page should show.
     */
    synchronized Snapshot await(long after, long maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        for (long left = maxMillis; version <= after && !ended && left > 0;
             left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
            wait(left);
        }
        if (running && version > after) {
            wait(BATCH_MILLIS);
        }
        return snapshot();
    }

    /** Waits up to {@code maxMillis} for the first run to complete, then returns what the page should show. */
    synchronized Snapshot awaitFirstRun(long maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        for (long left = maxMillis; runs == 0 && running && !ended && left > 0;
             left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
            wait(left);
        }
        return snapshot();
    }

    synchronized Snapshot snapshot() {
        BlockNode main = last == null ? empty("main") : last.main().snapshot();
        BlockNode sidebar = last == null ? empty("sidebar") : last.sidebar().snapshot();
        if (current != null) {
            main = StaleTail.merge(current.main().snapshot(), main);
            sidebar = StaleTail.merge(current.sidebar().snapshot(), sidebar);
        }
        return new Snapshot(version, running, runs, ended, main, sidebar);
    }

    /** A table the page shows, by element id: of the run in progress, else of the last completed run. */
    synchronized Optional<Table> table(String elementId) {
        Optional<Table> table = current == null ? Optional.empty() : current.table(elementId);
        return table.isPresent() || last == null ? table : last.table(elementId);
    }

    void seen() {
        lastSeen = clock.getAsLong();
    }

    long idleNanos() {
        return clock.getAsLong() - lastSeen;
    }

    /** Ends the session: the run in progress stops at its next toolkit call; {@code onEnd} hears of it once. */
    void end() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            changed();
            if (running) {
                return; // the run loop announces the end when its run has stopped
            }
        }
        onEnd.accept(this);
    }

    private void runUntilCurrent() {
        while (true) {
            Run run;
            synchronized (this) {
                if (!rerunRequested || ended) {
                    running = false;
                    changed();
                    if (!ended) {
                        return;
                    }
                    break;
                }
                rerunRequested = false;
                run = new Run(this, widgets.pending());
                current = run;
                changed();
            }
            boolean completed = execute(run);
            synchronized (this) {
                run.finish();
                current = null;
                if (completed) {
                    last = run;
                    runs++;
                    widgets.completed(run.sentToRun(), run.widgets().ids());
                }
                changed();
            }
        }
        onEnd.accept(this);
    }

    /** Runs the app once; an exception it throws is shown at the end of the main area. Whether the run completed. */
    private boolean execute(Run run) {
        Activations.push(run.main());
        try {
            app.run();
            return true;
        } catch (RunStopped stopped) {
            return false;
        } catch (Throwable failure) {
            return show(run, failure);
        } finally {
            Activations.reset(); // also drops containers the app entered and did not leave
        }
    }

    private boolean show(Run run, Throwable failure) {
        System.err.println(Messages.appFailed(id));
        failure.printStackTrace();
        try {
            run.main().exception(failure);
            return true;
        } catch (RunStopped stopped) {
            return false;
        }
    }

    private static BlockNode empty(String id) {
        return new BlockNode(id, new Group(), List.of(), false);
    }
}
