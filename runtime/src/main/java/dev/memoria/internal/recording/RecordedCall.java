package dev.memoria.internal.recording;

import java.util.List;

/**
 * One UI call a cached method made: on which target, which funnel method (name and descriptor), with which
 * arguments. Arguments are the toolkit's records of plain data, so the call can be made again on another target.
 */
public record RecordedCall(String toolkit, Target target, String method, List<Object> args) {

    public Object[] argArray() {
        return args.toArray();
    }
}
