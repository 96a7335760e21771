package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import dev.memoria.ui.Container;
import dev.memoria.ui.St;
import dev.memoria.ui.UntilClosed;
import org.junit.jupiter.api.Named;

import java.util.stream.Stream;

/**
 * Cached methods that draw with memoria-ui, under {@code @CacheData} and {@code @CacheResource} (Streamlit's "Both"
 * scenarios of §7, 42–55). Each implementation is an enum singleton, so its receiver is one constant key.
 */
final class Drawings {

    /** A container made by the app outside any cached method, for the closure scenario. */
    static Container outside;

    private Drawings() {
    }

    static Stream<Named<Drawing>> both() {
        return Stream.of(Named.of("@CacheData", DataDrawing.INSTANCE),
                         Named.of("@CacheResource", ResourceDrawing.INSTANCE));
    }

    /** The bodies, once; each implementation caches them under its annotation by overriding. */
    interface Drawing {

        Calls calls();

        /** Renders its argument in the active container. */
        default int text(int i) {
            calls().record("text", i);
            St.text(String.valueOf(i));
            return i;
        }

        /** Calls the cached {@link #text}, then renders {@code i + 10}. */
        default int outer(int i) {
            calls().record("outer", i);
            text(i);
            St.text(String.valueOf(i + 10));
            return i;
        }

        default int toSidebar(int i) {
            calls().record("toSidebar", i);
            St.sidebar().text(String.valueOf(i));
            return i;
        }

        /** Opens a container, enters it and renders inside ({@code with st.container(): st.text(i)}). */
        default int insideNewContainer(int i) {
            calls().record("insideNewContainer", i);
            try (UntilClosed inside = St.container().enter()) {
                St.text(String.valueOf(i));
            }
            return i;
        }

        /** {@code cont = st.container(); cont.text(i)}. */
        default int onNewContainer(int i) {
            calls().record("onNewContainer", i);
            Container container = St.container();
            container.text(String.valueOf(i));
            return i;
        }

        /** Renders on {@link Drawings#outside}, a container created outside the method. */
        default int onOutsideContainer(int i) {
            calls().record("onOutsideContainer", i);
            outside.text(String.valueOf(i));
            return i;
        }

        /** A side effect (not replayed) and what it shows (replayed). */
        default int countExecutions() {
            calls().record("countExecutions");
            int executions = (int) St.sessionState().merge("executions", 1, (a, b) -> (int) a + (int) b);
            St.text("Cache executions: " + executions);
            return executions;
        }
    }

    enum DataDrawing implements Drawing {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheData
        public int text(int i) {
            return Drawing.super.text(i);
        }

        @Override
        @CacheData
        public int outer(int i) {
            return Drawing.super.outer(i);
        }

        @Override
        @CacheData
        public int toSidebar(int i) {
            return Drawing.super.toSidebar(i);
        }

        @Override
        @CacheData
        public int insideNewContainer(int i) {
            return Drawing.super.insideNewContainer(i);
        }

        @Override
        @CacheData
        public int onNewContainer(int i) {
            return Drawing.super.onNewContainer(i);
        }

        @Override
        @CacheData
        public int onOutsideContainer(int i) {
            return Drawing.super.onOutsideContainer(i);
        }

        @Override
        @CacheData
        public int countExecutions() {
            return Drawing.super.countExecutions();
        }
    }

    enum ResourceDrawing implements Drawing {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheResource
        public int text(int i) {
            return Drawing.super.text(i);
        }

        @Override
        @CacheResource
        public int outer(int i) {
            return Drawing.super.outer(i);
        }

        @Override
        @CacheResource
        public int toSidebar(int i) {
            return Drawing.super.toSidebar(i);
        }

        @Override
        @CacheResource
        public int insideNewContainer(int i) {
            return Drawing.super.insideNewContainer(i);
        }

        @Override
        @CacheResource
        public int onNewContainer(int i) {
            return Drawing.super.onNewContainer(i);
        }

        @Override
        @CacheResource
        public int onOutsideContainer(int i) {
            return Drawing.super.onOutsideContainer(i);
        }

        @Override
        @CacheResource
        public int countExecutions() {
            return Drawing.super.countExecutions();
        }
    }
}
