package dev.memoria.internal.replay;

import dev.memoria.internal.recording.RecordedCall;
import dev.memoria.internal.recording.Target;
import dev.memoria.internal.report.Messages;

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
    private final boolean widget;

    PendingCall(ReplayBinding binding, String method, Object[] args, List<Recorder.Level> levels,
                List<Target> targets, boolean widget) {
        this.binding = binding;
        this.method = method;
        this.args = args;
        this.levels = levels;
        this.targets = targets;
        this.widget = widget;
    }

    void returned(Object value) {
        List<?> created = binding.createdBy(method, value);
        List<Object> arguments = Collections.unmodifiableList(Arrays.asList(args));
        WidgetRead read = widget ? widgetRead() : null;
        for (int i = 0; i < levels.size(); i++) {
            Recorder.Level level = levels.get(i);
            level.add(new RecordedCall(binding.toolkit(), targets.get(i), method, arguments), created);
            if (read != null) {
                level.read(read);
            }
        }
    }

    private WidgetRead widgetRead() {
        String id = binding.widgetId(args[0]);
        if (id == null) {
            levels.get(levels.size() - 1).reporter().once("widget id " + binding.toolkit(), Messages.toolkitWithoutWidgetIds(binding.toolkit()));
            return null;
        }
        return new WidgetRead(binding.toolkit(), id, args[0]);
    }
}
