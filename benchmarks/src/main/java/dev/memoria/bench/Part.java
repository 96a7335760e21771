package dev.memoria.bench;

/**
 * One numbered measurement of the issue: runs its JVMs, writes its raw results and the doc block named like the part
 * on the command line ({@link Main} holds the names).
 */
@FunctionalInterface
public interface Part {

    void run(RunContext context) throws Exception;
}
