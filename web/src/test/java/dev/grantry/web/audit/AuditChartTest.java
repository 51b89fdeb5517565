package dev.grantry.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grantry.service.audit.DailyCounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AuditChartTest {

    static final LocalDate DAY = LocalDate.parse("2026-12-01");

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The heights of the bar parts whose tooltip starts with {@code title}. */
    private static List<Double> heights(String svg, String title) {
        Matcher bar = Pattern.compile("height=\"([0-9.]+)\"><title>" + Pattern.quote(title))
                .matcher(svg);
        List<Double> heights = new ArrayList<>();
        while (bar.find()) {
            heights.add(Double.valueOf(bar.group(1)));
        }
        return heights;
    }

    @Test
    void whenDrawnThenOneBarPartPerApplicationAndDayScaledToTheBusiestDay() throws Exception {
        String svg = AuditChart.svg(List.of(
                new DailyCounts(DAY, Map.of("app", 4L, "robot", 4L)),
                new DailyCounts(DAY.plusDays(1), Map.of("app", 2L)),
                new DailyCounts(DAY.plusDays(2), Map.of())));

        Document chart = parse(svg);
        assertEquals("svg", chart.getDocumentElement().getTagName());
        assertEquals(List.of(80.0), heights(svg, "2026-12-01 app: 4"));
        assertEquals(List.of(80.0), heights(svg, "2026-12-01 robot: 4"));
        assertEquals(List.of(40.0), heights(svg, "2026-12-02 app: 2"));
        assertTrue(svg.contains("2026-12-01 to 2026-12-03: 10 in all"), svg);
        assertTrue(svg.contains(">12-03</text>"), "every day labelled");
        assertFalse(svg.contains("<script") || svg.contains("style="), "nothing the CSP refuses");
    }

    @Test
    void whenApplicationNamesHoldMarkupThenItIsEscaped() throws Exception {
        String svg = AuditChart.svg(List.of(new DailyCounts(DAY, Map.of("<script>alert(1)</script>&\"", 1L))));

        assertFalse(svg.contains("<script>"), svg);
        assertEquals(1, parse(svg).getElementsByTagName("rect").getLength() - 1, "one bar part and one legend key");
    }

    @Test
    void whenThereAreMoreApplicationsThanColoursThenTheQuietestAreOthers() {
        List<DailyCounts> days =
                List.of(new DailyCounts(DAY, Map.of("a", 9L, "b", 8L, "c", 7L, "d", 6L, "e", 5L, "f", 4L, "g", 3L)));

        assertEquals(List.of("a", "b", "c", "d", "e", AuditChart.OTHERS), AuditChart.series(days));
        assertTrue(AuditChart.svg(days).contains("<title>2026-12-01 others: 7</title>"));
    }

    @Test
    void whenNoTokensWereIssuedThenTheChartSaysSo() {
        assertTrue(AuditChart.svg(List.of(new DailyCounts(DAY, Map.of())))
                .contains("No tokens were issued in this time."));
    }
}
