package fx;

public class Helper {

    public static int adjust(int value) {
        return value - 3;
    }
}
