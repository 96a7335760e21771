package dev.memoria.agent.transform;

import dev.memoria.internal.call.Hit;
import dev.memoria.internal.call.Site;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The code woven around a cached method. Byte Buddy copies these bodies into the method, so they only reference
 * public runtime types. {@link Enter} asks the site; a {@link Hit} skips the body. The exit advice hands the call's
 * outcome back to the site, which stores a miss's result or replaces the return value with a hit's.
 */
final class CacheAdvice {

    private CacheAdvice() {
    }

    /** Before the body: look the call up. */
    static final class Enter {

        private Enter() {
        }

        @Advice.OnMethodEnter(skipOn = Hit.class)
        static Object enter(@SiteRef Site site,
                            @Advice.This(optional = true) Object receiver,
                            @Advice.AllArguments Object[] arguments) {
            return site.enter(receiver, arguments);
        }
    }

    /** Before the body of a method of one parameter: look the call up without building an argument array. */
    static final class EnterOne {

        private EnterOne() {
        }

        @Advice.OnMethodEnter(skipOn = Hit.class)
        static Object enter(@SiteRef Site site,
                            @Advice.This(optional = true) Object receiver,
                            @Advice.Argument(value = 0, typing = Assigner.Typing.DYNAMIC) Object argument) {
            return site.enterOne(receiver, argument);
        }
    }

    /** After the body (or instead of it) of a method that returns a value. */
    static final class ReturningExit {

        private ReturningExit() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class)
        static void exit(@Advice.Enter Object call,
                         @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned,
                         @Advice.Thrown Throwable thrown) {
            returned = Site.exit(call, returned, thrown);
        }
    }

    /** After the body (or instead of it) of a {@code void} method. */
    static final class VoidExit {

        private VoidExit() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class)
        static void exit(@Advice.Enter Object call, @Advice.Thrown Throwable thrown) {
            Site.exit(call, null, thrown);
        }
    }
}
