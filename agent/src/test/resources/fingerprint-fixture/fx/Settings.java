package fx;

import java.util.List;

public class Settings {

    /** Not a compile-time constant: the static initializer computes it. */
    public static final List<String> NAMES = List.of("alpha", "beta");
}
