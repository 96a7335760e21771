package fx;

import dev.memoria.CacheData;
import java.util.function.IntUnaryOperator;

/** The method of the fingerprint experiment (jvm-agent-architecture.md, section 4.2), plus an anonymous class. */
public class Calc {

    @CacheData(ttl = "1h")
    public int compute(int x) {
        int scaled = x * 2;
        IntUnaryOperator factor = v -> v * Constants.FACTOR;
        IntUnaryOperator offset = new IntUnaryOperator() {
            @Override
            public int applyAsInt(int v) {
                return v + scaled;
            }
        };
        String label = "result";
        return Helper.adjust(offset.applyAsInt(factor.applyAsInt(scaled))) + String.valueOf(label).length();
    }

    public String name() {
        return "calc";
    }
}
