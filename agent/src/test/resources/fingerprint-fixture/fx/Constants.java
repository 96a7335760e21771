package fx;

public class Constants {

    public static final int FACTOR = 7;
}
