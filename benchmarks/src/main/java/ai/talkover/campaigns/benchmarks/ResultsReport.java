package ai.talkover.campaigns.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of a JMH JSON result file (median, score, error, allocation) and checks each
 * benchmark against its baseline and bar. Exit code 1 when a measured bar is missed.
 */
public final class ResultsReport {

  private ResultsReport() {}

  /** One measured row. */
  record Row(String name, String params, String mode, double median, double score, double error,
      String unit, Double allocBytes) {}

  /**
   * Prints the report.
   *
   * @param args the path of results.json
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "benchmarks/results.json");
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode b : root) {
      String name = b.path("benchmark").asText().replace("ai.talkover.campaigns.benchmarks.", "");
      StringBuilder params = new StringBuilder();
      b.path("params").properties().forEach(e ->
          params.append(params.length() == 0 ? "" : ",").append(e.getKey()).append('=')
              .append(e.getValue().asText()));
      JsonNode primary = b.path("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      Row row = new Row(name, params.toString(), b.path("mode").asText(),
          primary.path("scorePercentiles").path("50.0").asDouble(primary.path("score").asDouble()),
          primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
          primary.path("scoreUnit").asText(), alloc.isMissingNode() ? null : alloc.path("score").asDouble());
      rows.put(name + (params.length() == 0 ? "" : "[" + params + "]"), row);
    }
    System.out.printf(Locale.ROOT, "%-50s %-15s %12s %12s %10s %-8s %12s%n", "benchmark", "params",
        "median", "score", "error", "unit", "alloc B/op");
    for (Row r : rows.values()) {
      System.out.printf(Locale.ROOT, "%-50s %-15s %12.3f %12.3f %10.3f %-8s %12s%n", r.name(), r.params(),
          r.median(), r.score(), r.error(), r.unit(),
          r.allocBytes() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.allocBytes()));
    }
    System.out.println();
    boolean ok = true;
    ok &= ratio(rows, "EligibilityBenchmark.decide", "EligibilityBenchmark.zoneOffsetBaseline", 3.0);
    Row decide = rows.get("EligibilityBenchmark.decide");
    if (decide != null && decide.allocBytes() != null) {
      ok &= bar("EligibilityBenchmark.decide allocation", decide.allocBytes(), 64.0, "B/op");
    }
    ok &= ratio(rows, "PlanBenchmark.plan[contacts=1000000]", "PlanBenchmark.plan[contacts=100000]", 11.0);
    Row big = rows.get("PlanBenchmark.plan[contacts=100000]");
    if (big != null) {
      double seconds = big.median() / unitsPerSecond(big.unit());
      double perSecond = 100_000 / seconds;
      boolean pass = perSecond >= 5_000_000;
      System.out.printf(Locale.ROOT, "%-70s %,14.0f decisions/s  (bar >= 5,000,000)  %s%n",
          "PlanBenchmark.plan[contacts=100000] throughput", perSecond, pass ? "PASS" : "MISS");
      ok &= pass;
    }
    perRow(rows, "PlanBenchmark.plan", new int[] {10_000, 100_000, 1_000_000, 4_000_000});
    perRow(rows, "ContactReadBenchmark.readNumbers", new int[] {100_000, 1_000_000});
    ok &= ratio(rows, "CacheBenchmark.cachedGet", "CacheBenchmark.caffeineBaseline", 2.0);
    ok &= ratio(rows, "HttpBenchmark.adapterGet", "HttpBenchmark.bareClientGet", 1.3);
    ok &= ratio(rows, "MappingBenchmark.parseLargeCampaign", "MappingBenchmark.jacksonTreeBaseline", 1.5);
    ok &= throughputRatio(rows, "LoadBenchmark.adapterGet", "LoadBenchmark.bareClientGet", 0.9);
    ok &= ratio(rows, "FleetBenchmark.l2Hit", "FleetBenchmark.rawLettuceGetParse", 1.5);
    ok &= ratio(rows, "FleetBenchmark.budgetAcquire", "FleetBenchmark.rawBucket4jTryConsume", 1.2);
    System.out.println();
    System.out.println(ok ? "All measured bars met." : "Some bars were missed (see MISS above).");
    if (!ok) {
      System.exit(1);
    }
  }

  private static double unitsPerSecond(String unit) {
    switch (unit) {
      case "ns/op":
        return 1e9;
      case "us/op":
        return 1e6;
      case "ms/op":
        return 1e3;
      default:
        return 1;
    }
  }

  private static boolean ratio(Map<String, Row> rows, String subject, String baseline, double max) {
    Row s = rows.get(subject);
    Row b = rows.get(baseline);
    if (s == null || b == null) {
      System.out.printf(Locale.ROOT, "%-70s not measured in this run%n", subject + " / " + baseline);
      return true;
    }
    double r = (s.median() / unitsPerSecond(s.unit())) / (b.median() / unitsPerSecond(b.unit()));
    boolean pass = r <= max;
    System.out.printf(Locale.ROOT, "%-70s ratio %6.2f  (bar <= %.1f)  %s%n", subject + " / " + baseline,
        r, max, pass ? "PASS" : "MISS");
    return pass;
  }

  /** A throughput (higher is better) against its baseline: the ratio must be at least {@code min}. */
  private static boolean throughputRatio(Map<String, Row> rows, String subject, String baseline,
      double min) {
    Row s = rows.get(subject);
    Row b = rows.get(baseline);
    if (s == null || b == null) {
      System.out.printf(Locale.ROOT, "%-70s not measured in this run%n", subject + " / " + baseline);
      return true;
    }
    double r = s.median() / b.median();
    boolean pass = r >= min;
    System.out.printf(Locale.ROOT, "%-70s ratio %6.2f  (bar >= %.1f)  %s%n", subject + " / " + baseline,
        r, min, pass ? "PASS" : "MISS");
    return pass;
  }

  /**
   * For reference, no bar: a plan's cost per contact at each size measured, so the step between
   * sizes whose working set fits the cache and sizes whose does not shows as what it is.
   */
  private static void perRow(Map<String, Row> rows, String name, int[] sizes) {
    for (int size : sizes) {
      Row r = rows.get(name + "[contacts=" + size + "]");
      if (r != null) {
        double nanos = r.median() / unitsPerSecond(r.unit()) * 1e9 / size;
        System.out.printf(Locale.ROOT, "%-70s %8.1f ns per contact  (reference)%n",
            name + "[contacts=" + size + "]", nanos);
      }
    }
  }

  private static boolean bar(String what, double value, double max, String unit) {
    boolean pass = value <= max;
    System.out.printf(Locale.ROOT, "%-70s %8.1f %s  (bar <= %.0f)  %s%n", what, value, unit, max,
        pass ? "PASS" : "MISS");
    return pass;
  }
}
