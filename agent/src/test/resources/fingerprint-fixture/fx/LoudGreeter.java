package fx;

public class LoudGreeter extends Greeter {

    @Override
    public String greet(String name) {
        return "HELLO, " + name.toUpperCase();
    }
}
