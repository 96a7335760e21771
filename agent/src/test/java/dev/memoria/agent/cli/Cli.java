package dev.memoria.agent.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the tool in this JVM, as {@code java -jar memoria-agent.jar} would, and captures what it prints. */
final class Cli {

    private Cli() {
    }

    /** How one run ended. */
    record Run(int exitCode, String out, String err) {

        /** Stdout as the JSON object it must be. */
        Map<String, Object> json() {
            return JsonParser.object(out);
        }

        /** For assertion messages. */
        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = MemoriaCli.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Runs a command on a cache directory: {@code command --dir <directory> options...}. */
    static Run run(String command, Path directory, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--dir", directory.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    /** A value in parsed JSON, by field names and list indices: {@code at(json, "methods", 0, "method")}. */
    @SuppressWarnings("unchecked")
    static Object at(Object json, Object... path) {
        Object value = json;
        for (Object step : path) {
            value = step instanceof Integer index ? ((List<Object>) value).get(index)
                    : ((Map<String, Object>) value).get((String) step);
        }
        return value;
    }

    /** An object in parsed JSON; see {@link #at}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> objectAt(Object json, Object... path) {
        return (Map<String, Object>) at(json, path);
    }

    /** A list in parsed JSON; see {@link #at}. */
    @SuppressWarnings("unchecked")
    static List<Object> listAt(Object json, Object... path) {
        return (List<Object>) at(json, path);
    }
}
