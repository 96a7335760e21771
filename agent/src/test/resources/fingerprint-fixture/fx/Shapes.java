package fx;

import java.util.List;

/** Calls an interface method: what runs depends on the implementations. */
public class Shapes {

    public static double totalArea(List<Shape> shapes) {
        double total = 0;
        for (Shape shape : shapes) {
            total += shape.area();
        }
        return total;
    }
}
