package dev.memoria.ui.internal.html;

import dev.memoria.ui.element.Chart;
import dev.memoria.ui.element.Series;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Charts as SVG: well-formed, one mark per value, nice axes, escaped names. */
class ChartSvgTest {

    @Test
    @DisplayName("a line chart: one polyline per series through every point, inside the plot, with a legend")
    void lineChart() throws Exception {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("high", List.of(1.0, 5.0, 3.0, 9.0));
        series.put("low", List.of(0.0, 2.0, 1.0, 4.0));

        Document svg = parse(ChartSvg.render(Chart.of(Chart.Kind.LINE, series)));

        List<Element> lines = elements(svg, "polyline");
        assertThat(lines).hasSize(2);
        assertThat(lines).extracting(line -> line.getAttribute("stroke")).containsExactly("#0068c9", "#83c9ff");
        for (Element line : lines) {
            String[] points = line.getAttribute("points").split(" ");
            assertThat(points).hasSize(4);
            for (String point : points) {
                double x = Double.parseDouble(point.split(",")[0]);
                double y = Double.parseDouble(point.split(",")[1]);
                assertThat(x).isBetween(56.0, 624.0);
                assertThat(y).isBetween(0.0, 272.0);
            }
        }
        assertThat(texts(svg, "m-legend")).containsExactly("high", "low");
        assertThat(texts(svg, "m-tick")).startsWith("0", "2", "4", "6", "8", "10").endsWith("0", "1", "2", "3");
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("line chart of high, low");
    }

    @Test
    @DisplayName("a missing value (NaN) breaks the line into segments")
    void gaps() throws Exception {
        Document svg = parse(ChartSvg.render(Chart.of(Chart.Kind.LINE, List.of(1.0, 2.0, Double.NaN, 3.0, 4.0))));

        assertThat(elements(svg, "polyline")).extracting(l -> l.getAttribute("points").split(" ").length)
                                              .containsExactly(2, 2);
    }

    @Test
    @DisplayName("a bar chart: a bar per finite value, growing up or down from zero")
    void barChart() throws Exception {
        Document svg = parse(ChartSvg.render(Chart.of(Chart.Kind.BAR, List.of(3, -2, 5))));

        List<Element> bars = elements(svg, "rect");
        assertThat(bars).hasSize(3);
        double zeroY = Double.parseDouble(bars.get(1).getAttribute("y"));
        assertThat(Double.parseDouble(bars.get(0).getAttribute("y")) + Double.parseDouble(bars.get(0).getAttribute("height")))
                .isCloseTo(zeroY, org.assertj.core.api.Assertions.within(0.11));
        assertThat(texts(svg, "m-tick")).contains("0", "-2");
    }

    @Test
    @DisplayName("series names are escaped; no data shows a note instead of axes")
    void namesAndEmpty() throws Exception {
        Chart chart = new Chart(Chart.Kind.LINE, List.of(Series.of("<b>a&b</b>", List.of(1)), Series.of("c", List.of(2))));
        String svg = ChartSvg.render(chart);

        assertThat(svg).contains("&lt;b&gt;a&amp;b&lt;/b&gt;").doesNotContain("<b>");
        assertThat(texts(parse(ChartSvg.render(Chart.of(Chart.Kind.BAR, List.of()))), "m-chart-empty"))
                .containsExactly("No data");
    }

    @Test
    @DisplayName("axis ticks are round numbers that cover the data")
    void niceTicks() {
        AxisScale scale = AxisScale.covering(0.13, 0.87);

        assertThat(scale.ticks()).extracting(scale::label).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(AxisScale.covering(7, 7).ticks()).extracting(AxisScale.covering(7, 7)::label)
                                                    .contains("4", "10");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                                     .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (!tag.equals("rect") || element.getAttribute("class").equals("m-bar")) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> texts(Document svg, String cssClass) {
        return elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals(cssClass))
                                    .map(Element::getTextContent).toList();
    }
}
