package dev.memoria.demo;

import dev.memoria.ui.AppServer;

import java.util.OptionalInt;

/**
 * The README's demo: a dashboard whose cached methods do real work, served on 127.0.0.1. Run it with
 * {@code java -javaagent:agent/target/memoria-agent.jar -cp integration-tests/target/classes:ui/target/classes
 * dev.memoria.demo.Dashboard [--port N]} after {@code mvn install}; port 0 picks a free one. It prints the address
 * as {@code Memoria dashboard: http://127.0.0.1:8501/}.
 */
public final class Dashboard {

    /** How the line that gives the address starts. */
    public static final String ADDRESS_LINE = "Memoria dashboard: ";

    private Dashboard() {
    }

    public static void main(String[] args) {
        OptionalInt port = port(args);
        if (port.isEmpty()) {
            System.err.println("Usage: Dashboard [--port N]   (default " + AppServer.DEFAULT_PORT
                               + "; 0 picks a free port)");
            System.exit(2);
        }
        AppServer server = new AppServer(new DashboardApp()).port(port.getAsInt()).title("Memoria dashboard").start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println(ADDRESS_LINE + server.url());
    }

    /** The port the arguments ask for, the default without any, or nothing when they are not understood. */
    private static OptionalInt port(String[] args) {
        if (args.length == 0) {
            return OptionalInt.of(AppServer.DEFAULT_PORT);
        }
        if (args.length == 2 && args[0].equals("--port") && args[1].matches("\\d{1,5}")) {
            return OptionalInt.of(Integer.parseInt(args[1]));
        }
        return OptionalInt.empty();
    }
}
