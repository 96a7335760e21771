package dev.memoria.internal.replay;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A UI call seen on entry, recorded into its levels once it returns normally (a call that throws shows nothing). */
final class PendingCall {

    private final ReplayBinding binding;
    private final String method;
    private final Object[] args;
    private final List<Recorder.Level> levels;
    private final List<Target> targets;

    PendingCall(ReplayBinding binding, String method, Object[] args, List<Recorder.Level> levels,
                List<Target> targets) {
        this.binding = binding;
        this.method = method;
        this.args = args;
        this.levels = levels;
        this.targets = targets;
    }

    void returned(Object value) {
        List<?> created = binding.createdBy(method, value);
        List<Object> arguments = Collections.unmodifiableList(Arrays.asList(args));
        for (int i = 0; i < levels.size(); i++) {
            levels.get(i).add(new RecordedCall(binding.toolkit(), targets.get(i), method, arguments), created);
        }
    }
}
