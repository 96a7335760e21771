package dev.memoria.ui;

/**
 * Something in effect until closed: an {@linkplain Container#enter() active container}, a
 * {@linkplain LayoutMethods#spinner(String) spinner}, a {@linkplain St#onSessionEnd session-end listener}, a
 * {@linkplain AppServer#addMetrics metrics source}. Use it
 * with try-with-resources; closing twice does nothing more.
 */
@FunctionalInterface
public interface Scope extends AutoCloseable {

    @Override
    void close();
}
