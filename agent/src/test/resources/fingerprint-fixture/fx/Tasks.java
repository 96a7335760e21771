package fx;

/** Code that only runs when library code calls it back: no call instruction of the project points at run(). */
public class Tasks {

    public static Runnable adjusting(int[] value) {
        return new Runnable() {
            @Override
            public void run() {
                value[0] = Helper.adjust(value[0]);
            }
        };
    }
}
