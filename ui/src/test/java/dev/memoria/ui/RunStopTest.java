package dev.memoria.ui;

import dev.memoria.ui.element.Text;
import dev.memoria.ui.internal.tree.ElementNode;
import dev.memoria.ui.internal.tree.Node;
import dev.memoria.ui.internal.tree.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs on their own thread: a newer run replaces one in progress, a session's end stops it, the page in between. */
class RunStopTest {

    private final ExecutorService runner = Executors.newCachedThreadPool();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final CountDownLatch inSlowStep = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopRunner() throws InterruptedException {
        release.countDown();
        // a released run finishes on its own; interrupting it would fail it, and the toolkit prints that failure
        runner.shutdown();
        if (!runner.awaitTermination(10, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }

    /** Shows "before N", blocks in its first run until released, then shows "after N". */
    private App slowFirstRun() {
        return () -> {
            int days = St.slider("Days", 1, 30, 7);
            St.text("before " + days);
            if (log.isEmpty()) {
                log.add("slow step of run with " + days);
                inSlowStep.countDown();
                release.await();
            }
            St.text("after " + days);
            log.add("completed run with " + days);
        };
    }

    @Test
    @DisplayName("a widget change during a run stops it at its next toolkit call; a fresh run follows")
    void changeStopsTheRunInProgress() throws Exception {
        AppDriver app = new AppDriver(slowFirstRun(), runner).open();
        assertThat(inSlowStep.await(10, TimeUnit.SECONDS)).isTrue();

        app.set("Days", 9);
        release.countDown();
        Snapshot done = awaitIdle(app);

        assertThat(log).containsExactly("slow step of run with 7", "completed run with 9");
        assertThat(done.runs()).isEqualTo(1);
        assertThat(app.elements()).containsExactly(new Text("before 9"), new Text("after 9"));
    }

    @Test
    @DisplayName("while a run is in progress the page shows its output, then the rest of the previous run's, stale")
    void staleTailDuringARun() throws Exception {
        int[] runs = {0};
        CountDownLatch secondRunHalfway = new CountDownLatch(1);
        AppDriver app = new AppDriver(() -> {
            St.text("head " + runs[0]);
            if (runs[0]++ == 1) {
                secondRunHalfway.countDown();
                release.await();
            }
            St.text("tail");
        }, runner).open();
        awaitIdle(app);

        app.session.rerun();
        assertThat(secondRunHalfway.await(10, TimeUnit.SECONDS)).isTrue();
        List<Node> midRun = app.snapshot().main().children();

        assertThat(midRun).extracting(Node::stale).containsExactly(false, true);
        assertThat(midRun).extracting(node -> ((ElementNode) node).element())
                          .containsExactly(new Text("head 1"), new Text("tail"));
        assertThat(app.snapshot().running()).isTrue();
    }

    @Test
    @DisplayName("ending a session stops its run at the next toolkit call, then announces the end once")
    void endStopsTheRun() throws Exception {
        AppDriver app = new AppDriver(slowFirstRun(), runner).open();
        assertThat(inSlowStep.await(10, TimeUnit.SECONDS)).isTrue();

        app.session.end();
        assertThat(app.ended).isEmpty(); // not while its run is still going
        release.countDown();
        Snapshot last = awaitIdle(app);

        assertThat(last.ended()).isTrue();
        assertThat(log).containsExactly("slow step of run with 7");
        waitUntil(() -> !app.ended.isEmpty());
        app.session.end();
        assertThat(app.ended).containsExactly("session-1");
    }

    @Test
    @DisplayName("a container kept from a finished run refuses changes, saying how to get a current one")
    void containersBelongToTheirRun() {
        Container[] kept = new Container[1];
        AppDriver app = new AppDriver(() -> kept[0] = St.container()).open();

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> kept[0].text("late"))
                .withMessageContaining("belongs to a run of session session-1 that has finished")
                .withMessageContaining("St.main(), St.sidebar(), St.container()");
        assertThat(app.runs()).isEqualTo(1);
    }

    private static Snapshot awaitIdle(AppDriver app) throws InterruptedException {
        waitUntil(() -> !app.snapshot().running());
        return app.snapshot();
    }

    /** Waits up to ten seconds for {@code condition}. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("within ten seconds").isTrue();
    }
}
