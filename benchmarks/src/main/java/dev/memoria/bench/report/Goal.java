package dev.memoria.bench.report;

/**
 * One goal of the issue and how this run did against it; the doc prints it as a line that says met or missed in
 * words, never only through a number the reader has to compare.
 */
public record Goal(String statement, boolean met, String evidence) {

    public String line() {
        return "- Goal: " + statement + " — **" + (met ? "met" : "missed") + "**: " + evidence;
    }
}
