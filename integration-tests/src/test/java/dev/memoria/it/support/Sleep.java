package dev.memoria.it.support;

/** The pause between two looks at a condition another thread will make true. */
final class Sleep {

    private Sleep() {
    }

    static void briefly() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
