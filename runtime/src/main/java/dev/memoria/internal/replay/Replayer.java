package dev.memoria.internal.replay;

import dev.memoria.CacheReplayClosureException;
import dev.memoria.internal.recording.RecordedCall;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.recording.Target;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a recording's calls again, in order, on a cache hit (Streamlit's {@code replay_cached_messages}). Calls on
 * the active target go to whatever is active now, so a page looks the same whether the body ran or not. Outside a UI
 * run (no active target), or with the toolkit not loaded, there is nothing to draw on and the calls are skipped.
 */
public final class Replayer {

    private Replayer() {
    }

    /**
     * @param method     the cached method, for messages
     * @param annotation {@code @CacheData} or {@code @CacheResource}, for messages
     * @throws CacheReplayClosureException when a call targets a container created outside the method
     */
    public static void replay(Recording recording, String method, String annotation) {
        if (!recording.isEmpty()) {
            Recorder.replaying(() -> replayCalls(recording, method, annotation));
        }
    }

    private static void replayCalls(Recording recording, String method, String annotation) {
        List<Object> created = new ArrayList<>();
        for (RecordedCall call : recording.calls()) {
            ReplayBinding binding = ReplayBindings.of(call.toolkit());
            if (binding == null || binding.activeTarget() == null) {
                continue;
            }
            Object target = resolve(call, binding, created, method, annotation);
            if (target == null) {
                continue;
            }
            created.addAll(binding.createdBy(call.method(), invoke(binding, target, call)));
        }
    }

    private static Object resolve(RecordedCall call, ReplayBinding binding, List<Object> created, String method,
                                  String annotation) {
        Target target = call.target();
        if (target instanceof Target.Active) {
            return binding.activeTarget();
        }
        if (target instanceof Target.Root root) {
            return binding.root(root.name());
        }
        if (target instanceof Target.Created inside) {
            return inside.index() < created.size() ? created.get(inside.index()) : null;
        }
        throw new CacheReplayClosureException(method, annotation, ((Target.Outside) target).call());
    }

    private static Object invoke(ReplayBinding binding, Object target, RecordedCall call) {
        try {
            return binding.invoke(target, call.method(), call.argArray());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, "replaying " + call.method() + " threw " + e);
        }
    }
}
