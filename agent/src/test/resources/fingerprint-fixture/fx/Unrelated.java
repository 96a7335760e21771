package fx;

/** Nothing refers to this class. */
public class Unrelated {

    public static int answer() {
        return 42;
    }
}
