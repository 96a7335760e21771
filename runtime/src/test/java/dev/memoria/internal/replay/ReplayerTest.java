package dev.memoria.internal.replay;

import dev.memoria.internal.report.Reporter;
import dev.memoria.CacheReplayClosureException;
import dev.memoria.internal.recording.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording on a miss and replaying on a hit, with the targeting rule of Streamlit's §5.1, on a fake toolkit. */
class ReplayerTest {

    private final FakeToolkit toolkit = new FakeToolkit();

    @BeforeEach
    void bind() {
        ReplayBindings.install(toolkit, started -> { });
        toolkit.page = new FakeToolkit.Page();
    }

    @AfterEach
    void nothingLeftRecording() {
        assertThat(Recorder.recording()).isFalse();
    }

    @Test
    void callsOnTheActiveBoxReplayIntoTheBoxActiveAtReplay() {
        Recording recording = record(() -> toolkit.page.active.show("1"));
        FakeToolkit.Box elsewhere = toolkit.page.main.open();
        toolkit.page.active = elsewhere;

        replay(recording);

        assertThat(toolkit.page.lines()).containsExactly("main:1", "main.1:1");
    }

    @Test
    void callsOnARootReplayIntoThatRoot() {
        Recording recording = record(() -> toolkit.page.sidebar.show("s"));

        replay(recording);

        assertThat(toolkit.page.lines()).containsExactly("sidebar:s", "sidebar:s");
    }

    @Test
    void boxesCreatedInsideMapToTheirReplayedCounterparts() {
        Recording recording = record(() -> {
            FakeToolkit.Box box = toolkit.page.active.open();
            box.show("inside");
            toolkit.page.active.show("after");
        });

        toolkit.page = new FakeToolkit.Page();
        replay(recording);

        assertThat(toolkit.page.lines()).containsExactly("main.0:inside", "main:after");
    }

    @Test
    void nestedComputationsRecordIntoEveryLevel() {
        Recorder.begin("Test.draw(int)", "@CacheData", false, Reporter.jvm());
        toolkit.page.active.show("outer");
        Recording inner = record(() -> {
            FakeToolkit.Box box = toolkit.page.active.open();
            box.show("inner");
        });
        Recording outer = Recorder.end().recording();

        toolkit.page = new FakeToolkit.Page();
        replay(outer);
        replay(inner);

        assertThat(toolkit.page.lines()).containsExactly("main:outer", "main.1:inner", "main.2:inner");
    }

    @Test
    void aBoxCreatedOutsideFailsOnReplayWithStreamlitsExplanation() {
        FakeToolkit.Box outside = toolkit.page.main.open();
        Recording recording = record(() -> outside.show("x"));

        assertThatThrownBy(() -> replay(recording))
                .isInstanceOf(CacheReplayClosureException.class)
                .hasMessageContaining("While running Reports.summary(), a UI call was made on a container created"
                                      + " outside the method:\n    show[x] on box main.0\n")
                .hasMessageContaining("* Move the creation of that container inside Reports.summary().")
                .hasMessageContaining("* Remove the @CacheData annotation from Reports.summary().");
    }

    @Test
    void outsideAUiRunAHitDrawsNothing() {
        Recording recording = record(() -> toolkit.page.active.show("1"));
        FakeToolkit.Page before = toolkit.page;
        toolkit.page = null;

        replay(recording);

        assertThat(before.lines()).containsExactly("main:1");
    }

    @Test
    void aCallThatThrowsIsNotRecorded() {
        Recorder.begin("Test.draw(int)", "@CacheData", false, Reporter.jvm());
        Object token = UiCalls.entered(FakeToolkit.NAME, toolkit.page.main, "show", new Object[] {"x"});
        UiCalls.exited(token, null, new IllegalStateException("stopped"));
        assertThat(Recorder.end().recording().isEmpty()).isTrue();
    }

    @Test
    void withoutAComputationCallsAreNotRecorded() {
        assertThat(UiCalls.entered(FakeToolkit.NAME, toolkit.page.main, "show", new Object[] {"x"})).isNull();
    }

    private static Recording record(Runnable body) {
        Recorder.begin("Test.draw(int)", "@CacheData", false, Reporter.jvm());
        body.run();
        return Recorder.end().recording();
    }

    private static void replay(Recording recording) {
        Replayer.replay(recording, "Reports.summary()", "@CacheData");
    }
}
