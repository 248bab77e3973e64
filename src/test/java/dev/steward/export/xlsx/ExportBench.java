package dev.steward.export.xlsx;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.TaskRunner;
import dev.steward.app.agents.SyntheticRegister;
import dev.steward.app.pack.AuditPackContent;
import dev.steward.app.pack.AuditPackService;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonTemplates;
import dev.steward.export.AuditPackFiles;
import dev.steward.store.SqliteRegisterFiles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (not a test): the register workbook of a large register against the floor of writing
 * the very same cell values with bare SXSSF (no styles, tables, validation or formatting), in one
 * run: one uncounted warm-up pair, then pairs in alternating order, median of the runs. Goal of
 * issue 8: at most 1.25× the floor. {@code -Dbench.keep=true} keeps the files to compare them.
 *
 *   mvn -q test-compile && java -cp "target/test-classes:target/classes:target/lib/*" \
 *       dev.steward.export.xlsx.ExportBench [AGENTS] [RISKS] [RUNS]
 */
public final class ExportBench {
    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int risks = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("steward-export-bench");
        Clock clock = Clock.systemUTC();
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(clock, "bench"), new JsonTemplates(), new Actor("bench", null));
        Path file = dir.resolve("large.steward");
        long g = System.nanoTime();
        new SyntheticRegister(registers, clock).generate(file, agents, risks, 42);
        System.out.printf("generated %d agents and %d risks in %.1f s%n", agents, risks, (System.nanoTime() - g) / 1e9);
        OpenedRegister opened = registers.open(file);
        var cats = new FileCatalogSource(dir.resolve("c"), clock);
        var packs = new AuditPackService(new AuditPackFiles(), cats,
                new dev.steward.app.CoverageService(cats, new dev.steward.catalog.JsonControlLibrary(), cats, clock), clock, "bench");
        long t = System.nanoTime();
        AuditPackContent content = packs.gatherForBenchmark(opened.register(), "bench");
        System.out.printf("read and summarised the register in %.1f s (not part of either figure)%n", (System.nanoTime() - t) / 1e9);
        List<Double> steward = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        // One pair first that is not counted (class loading and JIT would otherwise be charged to
        // whichever writer goes first), then pairs in alternating order.
        for (int i = 0; i <= runs; i++) {
            Path a = dir.resolve("steward-" + i + ".xlsx");
            Path b = dir.resolve("bare-" + i + ".xlsx");
            double s;
            double f;
            if (i % 2 == 0) {
                s = time(() -> new XlsxWorkbookWriter().write(content, a, TaskRunner.Progress.NONE));
                f = time(() -> bareSxssf(content, b));
            } else {
                f = time(() -> bareSxssf(content, b));
                s = time(() -> new XlsxWorkbookWriter().write(content, a, TaskRunner.Progress.NONE));
            }
            if (i > 0) {
                steward.add(s);
                bare.add(f);
            }
            System.out.printf("%s %d: steward %.2f s (%d KB), bare SXSSF %.2f s (%d KB)%n", i == 0 ? "warm-up" : "run", i, s,
                    Files.size(a) / 1024, f, Files.size(b) / 1024);
            if (!Boolean.getBoolean("bench.keep")) {
                Files.delete(a);
                Files.delete(b);
            } else {
                System.out.println("kept " + a + " and " + b);
            }
        }
        double ms = median(steward);
        double mb = median(bare);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < steward.size(); i++) ratios.add(steward.get(i) / bare.get(i));
        System.out.printf("median: steward %.2f s, bare SXSSF %.2f s, ratio of medians %.2f, median of pair ratios %.2f (goal <= 1.25)%n",
                ms, mb, ms / mb, median(ratios));
        opened.register().close();
    }

    /** The floor: the same sheets, headers and cell values, written with nothing else. */
    static void bareSxssf(AuditPackContent content, Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            for (var make : XlsxWorkbookWriter.sheets(content)) {
                write(wb, make.apply(content));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static <T> void write(SXSSFWorkbook wb, SheetSpec<T> spec) {
        Sheet sheet = wb.createSheet(spec.name());
        Row header = sheet.createRow(0);
        for (int c = 0; c < spec.columns().size(); c++) header.createCell(c).setCellValue(spec.columns().get(c).header());
        int r = 0;
        for (T item : spec.rows()) {
            Row row = sheet.createRow(++r);
            for (int c = 0; c < spec.columns().size(); c++) {
                Object v = spec.columns().get(c).value().apply(item);
                if (v == null) continue;
                if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                else if (v instanceof java.time.LocalDate d) row.createCell(c).setCellValue(d);
                else row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double time(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
