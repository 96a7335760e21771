package dev.memoria.internal.store.remote;

import io.lettuce.core.RedisClient;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import reactor.util.Loggers;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the client's own logging off the console: Lettuce and Netty log each reconnect attempt, and Reactor its
 * dropped errors, through SLF4J or java.util.logging, whichever they find. Memoria reports the store's faults itself
 * (one warning per outage), so their loggers are pointed at java.util.logging and switched off there. In the agent
 * jar these are Memoria's relocated copies: an application's own Netty, Lettuce or Reactor logs as before.
 */
final class QuietLogging {

    /**
     * The switched-off loggers: java.util.logging holds loggers weakly, and one collected would come back with its
     * parent's level. Logging is configured per JVM, so this is per JVM too.
     */
    private static final List<Logger> SILENCED = new ArrayList<>();

    private QuietLogging() {
    }

    /** Called before a client is made: its classes make their loggers when they are first used. */
    static synchronized void install() {
        if (!SILENCED.isEmpty()) {
            return;
        }
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
        Loggers.useJdkLoggers();
        SILENCED.add(Logger.getLogger(root(RedisClient.class.getPackageName(), ".core")));
        SILENCED.add(Logger.getLogger(root(InternalLoggerFactory.class.getPackageName(), ".util.internal.logging")));
        SILENCED.add(Logger.getLogger(root(Loggers.class.getPackageName(), ".util")));
        SILENCED.forEach(logger -> logger.setLevel(Level.OFF));
    }

    /** The library's root package, however it was relocated: {@code io.netty}, {@code dev.memoria.shaded.netty}. */
    private static String root(String packageName, String below) {
        return packageName.substring(0, packageName.length() - below.length());
    }
}
