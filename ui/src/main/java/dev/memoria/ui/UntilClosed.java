package dev.memoria.ui;

/**
 * What a call started, in effect until closed: an {@linkplain Container#enter() active container}, a
 * {@linkplain LayoutMethods#spinner(String) spinner}, a {@linkplain St#onSessionEnd session-end listener}, a
 * {@linkplain AppServer#addMetrics metrics source}. Use it with try-with-resources; closing twice does nothing more.
 * (It is unrelated to the caching annotations' {@code dev.memoria.Scope}, which says who shares a cache.)
 */
@FunctionalInterface
public interface UntilClosed extends AutoCloseable {

    @Override
    void close();
}
