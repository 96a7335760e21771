package fx;

/** Mutual recursion: each method reaches the other. */
public class Parity {

    public static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    public static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }
}
