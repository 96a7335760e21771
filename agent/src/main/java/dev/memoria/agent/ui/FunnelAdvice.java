package dev.memoria.agent.ui;

import dev.memoria.internal.replay.UiCalls;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The code woven around a toolkit's funnel methods: each call is reported to the runtime's recorder, which keeps it
 * only while a cached method computes. Byte Buddy copies these bodies into the toolkit's class, so they reference
 * public runtime types only.
 */
final class FunnelAdvice {

    private FunnelAdvice() {
    }

    @Advice.OnMethodEnter
    static Object enter(@ToolkitName String toolkit, @Advice.This Object target,
                        @Advice.Origin("#m#d") String method, @Advice.AllArguments Object[] args) {
        return UiCalls.entered(toolkit, target, method, args);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class)
    static void exit(@Advice.Enter Object call, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned,
                     @Advice.Thrown Throwable thrown) {
        UiCalls.exited(call, returned, thrown);
    }
}
