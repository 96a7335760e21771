package dev.memoria.ui;

import java.lang.StackWalker.StackFrame;
import java.security.CodeSource;
import java.util.Objects;

/** Where in the app a toolkit call was made: the nearest frame outside the toolkit's own jar (or classes folder). */
final class CallSite {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource TOOLKIT = St.class.getProtectionDomain().getCodeSource();

    private CallSite() {
    }

    static String ofCaller() {
        return WALKER.walk(frames -> frames.filter(frame -> !inToolkit(frame))
                .findFirst()
                .map(CallSite::describe)
                .orElse("an unknown place"));
    }

    private static boolean inToolkit(StackFrame frame) {
        return Objects.equals(frame.getDeclaringClass().getProtectionDomain().getCodeSource(), TOOLKIT);
    }

    private static String describe(StackFrame frame) {
        String file = frame.getFileName() == null ? "unknown source" : frame.getFileName() + ":" + frame.getLineNumber();
        return frame.getClassName() + "." + frame.getMethodName() + "(" + file + ")";
    }
}
