package fx;

public class Report {

    public static int count() {
        return Settings.NAMES.size();
    }
}
