package dev.memoria.bench;

/** One numbered measurement of the issue: runs its JVMs, writes its raw results and the doc blocks it owns. */
public interface Part {

    /** The name on the command line and in the doc's result blocks, e.g. {@code hit}. */
    String name();

    void run(RunContext context) throws Exception;
}
