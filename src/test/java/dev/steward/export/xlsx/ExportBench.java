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
 * run, alternating, median of the runs. Goal of issue 8: at most 1.25× the floor.
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
        for (int i = 0; i < runs; i++) {
            Path a = dir.resolve("steward-" + i + ".xlsx");
            long s0 = System.nanoTime();
            new XlsxWorkbookWriter().write(content, a, TaskRunner.Progress.NONE);
            steward.add((System.nanoTime() - s0) / 1e9);
            Path b = dir.resolve("bare-" + i + ".xlsx");
            long b0 = System.nanoTime();
            bareSxssf(content, b);
            bare.add((System.nanoTime() - b0) / 1e9);
            System.out.printf("run %d: steward %.2f s (%d KB), bare SXSSF %.2f s (%d KB)%n", i + 1, steward.get(i),
                    Files.size(a) / 1024, bare.get(i), Files.size(b) / 1024);
            Files.delete(a);
            Files.delete(b);
        }
        double ms = median(steward);
        double mb = median(bare);
        System.out.printf("median: steward %.2f s, bare SXSSF %.2f s, ratio %.2f (goal <= 1.25)%n", ms, mb, ms / mb);
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

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
