package fx;

public interface Shape {

    double area();
}
