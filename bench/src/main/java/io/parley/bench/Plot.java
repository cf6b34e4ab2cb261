package io.parley.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Renders p99 delivery latency against offered rate, one line per series (server and mode), as a PNG. */
final class Plot {
    private Plot() {}

    /** Writes the chart of {@code series} (name → its steps) to {@code png}; nothing if no series has a step. */
    static void p99AgainstRate(Map<String, List<StepResult>> series, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection lines = new XYSeriesCollection();
        series.forEach((name, steps) -> {
            XYSeries line = new XYSeries(name);
            steps.forEach(step -> line.add(
                    step.offered(), Math.max(0.1, StepResult.ms(step.delivery().getValueAtPercentile(99)))));
            if (!line.isEmpty()) {
                lines.addSeries(line);
            }
        });
        if (lines.getSeriesCount() == 0) {
            return;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "p99 delivery latency against offered rate (rooms of 10)",
                "offered messages/s",
                "p99 ms (log scale)",
                lines,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        LogarithmicAxis latency = new LogarithmicAxis("p99 ms (log scale)");
        latency.setAllowNegativesFlag(false);
        chart.getXYPlot().setRangeAxis(latency);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 520);
    }
}
