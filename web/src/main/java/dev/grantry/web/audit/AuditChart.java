package dev.grantry.web.audit;

import dev.grantry.service.audit.DailyCounts;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the tokens issued per day by application as an SVG bar chart, on the server: one stacked bar per day, one
 * colour per application (the {@value #COLOURS} busiest; the rest together as "others"), a legend, and a
 * {@code <title>} on every bar part for its figure. No script and no inline style, so that the pages' Content Security
 * Policy holds: colours come from classes in {@code grantry.css}.
 */
public final class AuditChart {

    static final int COLOURS = 6;
    static final String OTHERS = "others";

    private static final int WIDTH = 720;
    private static final int PLOT_TOP = 20;
    private static final int PLOT_HEIGHT = 160;
    private static final int PLOT_LEFT = 48;
    private static final int LEGEND_LINE = 18;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private AuditChart() {}

    /** The chart's SVG markup, every text in it escaped. */
    public static String svg(List<DailyCounts> days) {
        List<String> series = series(days);
        long max = Math.max(1, days.stream().mapToLong(DailyCounts::total).max().orElse(0));
        long total = days.stream().mapToLong(DailyCounts::total).sum();
        int legendTop = PLOT_TOP + PLOT_HEIGHT + 30;
        int height = legendTop + LEGEND_LINE * Math.max(1, series.size()) + 10;
        String title = "Tokens issued per day by application"
                + (days.isEmpty()
                        ? ""
                        : ", " + days.get(0).day() + " to "
                                + days.get(days.size() - 1).day() + ": " + total + " in all");
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">")
                .append(escape(title))
                .append("</title>");
        axes(svg, max);
        bars(svg, days, series, max);
        legend(svg, series, legendTop);
        return svg.append("</svg>").toString();
    }

    /** The applications with a colour of their own, busiest first, then {@value #OTHERS} when there are more. */
    static List<String> series(List<DailyCounts> days) {
        Map<String, Long> totals = new LinkedHashMap<>();
        days.forEach(day -> day.byClient().forEach((client, count) -> totals.merge(client, count, Long::sum)));
        List<String> busiest = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (busiest.size() <= COLOURS) {
            return busiest;
        }
        List<String> shown = new ArrayList<>(busiest.subList(0, COLOURS - 1));
        shown.add(OTHERS);
        return shown;
    }

    private static void axes(StringBuilder svg, long max) {
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        svg.append(line(PLOT_LEFT, PLOT_TOP, PLOT_LEFT, bottom))
                .append(line(PLOT_LEFT, bottom, WIDTH - 10, bottom))
                .append(text(PLOT_LEFT - 6, PLOT_TOP + 4, "end", Long.toString(max)))
                .append(text(PLOT_LEFT - 6, bottom, "end", "0"));
    }

    private static void bars(StringBuilder svg, List<DailyCounts> days, List<String> series, long max) {
        if (days.isEmpty()) {
            return;
        }
        double slot = (WIDTH - 10 - PLOT_LEFT) / (double) days.size();
        double barWidth = Math.max(1, slot * 0.7);
        int labelEvery = (int) Math.ceil(days.size() / 15.0);
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        for (int i = 0; i < days.size(); i++) {
            DailyCounts day = days.get(i);
            double x = PLOT_LEFT + i * slot + (slot - barWidth) / 2;
            double top = bottom;
            for (Map.Entry<String, Long> part : byColour(day, series).entrySet()) {
                double partHeight = PLOT_HEIGHT * part.getValue() / (double) max;
                top -= partHeight;
                svg.append("<rect class=\"c")
                        .append(series.indexOf(part.getKey()))
                        .append("\" x=\"")
                        .append(number(x))
                        .append("\" y=\"")
                        .append(number(top))
                        .append("\" width=\"")
                        .append(number(barWidth))
                        .append("\" height=\"")
                        .append(number(partHeight))
                        .append("\"><title>")
                        .append(escape(day.day() + " " + label(part.getKey()) + ": " + part.getValue()))
                        .append("</title></rect>");
            }
            if (i % labelEvery == 0) {
                svg.append(text(x + barWidth / 2, bottom + 16, "middle", DAY.format(day.day())));
            }
        }
    }

    /** The day's counts by series, in the series' order, without the empty ones. */
    private static Map<String, Long> byColour(DailyCounts day, List<String> series) {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String name : series) {
            parts.put(name, 0L);
        }
        day.byClient()
                .forEach((client, count) -> parts.merge(series.contains(client) ? client : OTHERS, count, Long::sum));
        parts.values().removeIf(count -> count == 0);
        return parts;
    }

    private static void legend(StringBuilder svg, List<String> series, int top) {
        if (series.isEmpty()) {
            svg.append(text(PLOT_LEFT, top + 12, "start", "No tokens were issued in this time."));
        }
        for (int i = 0; i < series.size(); i++) {
            int y = top + i * LEGEND_LINE;
            svg.append("<rect class=\"c")
                    .append(i)
                    .append("\" x=\"")
                    .append(PLOT_LEFT)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"12\" height=\"12\"/>")
                    .append(text(PLOT_LEFT + 18, y + 11, "start", label(series.get(i))));
        }
    }

    private static String label(String client) {
        return client.isEmpty() ? "(no application)" : client;
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line class=\"axis\" x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\">" + escape(content)
                + "</text>";
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** Text for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
