package dev.memoria.internal.copy;

import dev.memoria.internal.report.Messages;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs a serialization or deserialization so that deep data gets the stack it needs. Fory recurses once per level of
 * nesting, so a linked chain of a thousand records overflows an ordinary thread's stack (the JVM's default is 1 MiB
 * on 64-bit Linux) although it is plain data. The work runs on the caller's thread first, which costs nothing for
 * ordinary values; only when that overflows does it run again on a thread with a large stack, which the OS backs with
 * memory only as deep as the copy actually goes.
 */
final class DeepCopy {

    /** The stack of the thread deep copies run on: room for about a hundred thousand levels of nesting. */
    static final long STACK_BYTES = 512L << 20;

    private static final String THREAD_NAME = "memoria-deep-copy";

    private final long stackBytes;

    DeepCopy(long stackBytes) {
        this.stackBytes = stackBytes;
    }

    /**
     * The result of {@code work}, run again on a large stack when it overflowed the caller's.
     *
     * @param retry   prepares a second attempt (a serialization discards what the first one spilled)
     * @param subject what is copied, for the message: "copying a com.example.Node"
     * @throws CopyLimitException when it overflows the large stack too, or runs out of memory
     */
    <T> T run(Supplier<T> work, Runnable retry, String subject) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            requireOverflow(failure, subject);
        }
        retry.run();
        return onLargeStack(work, subject);
    }

    /**
     * {@link #run(Supplier, Runnable, String)} for work on two arguments with nothing to prepare for a retry: given a
     * function that captures nothing, a call that does not overflow allocates nothing (a copy on every hit runs here).
     */
    <A, B, T> T run(BiFunction<A, B, T> work, A first, B second, String subject) {
        try {
            return work.apply(first, second);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            return rerun(failure, work, first, second, subject);
        }
    }

    /**
     * What {@link #run(BiFunction, Object, Object, String)} does when its work failed, for a caller that made the
     * first attempt itself (a copy on every hit does, one call shallower, so the JIT inlines more of the copy): the
     * work again on a large stack when {@code failure} is an overflow, else {@code failure} rethrown.
     */
    <A, B, T> T rerun(Throwable failure, BiFunction<A, B, T> work, A first, B second, String subject) {
        requireOverflow(failure, subject);
        return onLargeStack(() -> work.apply(first, second), subject);
    }

    /** Rethrows {@code failure} unless it is a stack overflow that a thread with a larger stack may get past. */
    private static void requireOverflow(Throwable failure, String subject) {
        if (causedBy(failure, OutOfMemoryError.class)) {
            throw outOfMemory(subject, failure);
        }
        if (!causedBy(failure, StackOverflowError.class)) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure;
        }
        if (Thread.currentThread().getName().equals(THREAD_NAME)) { // already as large as it gets
            throw new CopyLimitException(Messages.overflowedCopyThread(subject), null);
        }
    }

    private <T> T onLargeStack(Supplier<T> work, String subject) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        }, THREAD_NAME, stackBytes);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the copy is short; the interrupt is restored once it is done
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failure = failed.get();
        if (failure == null) {
            return result.get();
        }
        if (causedBy(failure, StackOverflowError.class)) {
            throw new CopyLimitException(Messages.overflowedStack(subject, stackBytes >> 20), failure);
        }
        if (causedBy(failure, OutOfMemoryError.class)) {
            throw outOfMemory(subject, failure);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private static CopyLimitException outOfMemory(String subject, Throwable failure) {
        Throwable memory = failure;
        while (!(memory instanceof OutOfMemoryError)) {
            memory = memory.getCause();
        }
        return new CopyLimitException(Messages.outOfMemory(subject, memory.toString(),
                Runtime.getRuntime().maxMemory() >> 20), failure);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
