package dev.memoria.internal.replay;

import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.recording.Recording;

import java.util.List;

/**
 * Recordings of the {@link FakeToolkit}, for the tests of the stores that keep them: one made on a page, and the page
 * a hit draws from one read back.
 */
public final class FakeRecordings {

    private static final FakeToolkit TOOLKIT = new FakeToolkit();

    private FakeRecordings() {
    }

    /**
     * Records a computation that shows {@code text} in the active box, a {@link FakeToolkit.Mark} of it in a box it
     * opens, and {@code text} in the sidebar: {@link #drawnBy} is then {@code main:<text>},
     * {@code main.1:Mark[text=<text>]}, {@code sidebar:<text>}.
     */
    public static Recording drawing(String text) {
        FakeToolkit.Page page = freshPage();
        Recorder.begin("Test.draw(int)", "@CacheData", false, Reporter.jvm());
        page.active.show(text);
        page.active.open().show(new FakeToolkit.Mark(text));
        page.sidebar.show(text);
        return Recorder.end().recording();
    }

    /** The lines a hit shows on a fresh page, decoding the recording first as the engine does. */
    public static List<String> drawnBy(Recording recording) {
        FakeToolkit.Page page = freshPage();
        RecordingFormat.decodeFor(recording, FakeRecordings.class.getClassLoader());
        Replayer.replay(recording, "example.Reports.load(int)", "@CacheData");
        return page.lines();
    }

    private static FakeToolkit.Page freshPage() {
        ReplayBindings.install(TOOLKIT, started -> { });
        TOOLKIT.page = new FakeToolkit.Page();
        return TOOLKIT.page;
    }
}
