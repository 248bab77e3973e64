package dev.steward.bench;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterSearch;
import dev.steward.app.RegisterService;
import dev.steward.app.agents.SyntheticRegister;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: the top bar's search over a large register (default 10,000 agents and 50,000 risks,
 * plus every shipped clause). Times building the index (the first build in a fresh JVM, then the
 * median of five) and every keystroke of a few queries typed one character at a time (median, p95,
 * worst, after one uncounted round).
 * Run: {@code java -cp "target/test-classes:target/classes:target/lib/*" dev.steward.bench.SearchBench [AGENTS RISKS]}.
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int risks = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path dir = Files.createTempDirectory("steward-bench");
        Clock clock = Clock.systemUTC();
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(clock, "bench"), new JsonTemplates(), new Actor("bench", null));
        new SyntheticRegister(registers, clock).generate(dir.resolve("big.steward"), agents, risks, 42);
        OpenedRegister opened = registers.open(dir.resolve("big.steward"));
        var catalogs = new FileCatalogSource(dir.resolve("catalogs"), clock).load().catalogs();

        List<Double> builds = new ArrayList<>();
        RegisterSearch index = null;
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            index = RegisterSearch.of(opened.register(), catalogs);
            builds.add((System.nanoTime() - t) / 1e6);
        }
        double first = builds.remove(0);
        System.out.printf("index of %d items: first build %.0f ms, then median %.0f ms%n", index.size(), first, median(builds));

        List<Double> keys = new ArrayList<>();
        String[] queries = {"AG-00042", "ledger agent", "govern 1.6", "human oversight", "zzz-no-match", "r-0049"};
        for (int round = 0; round < 4; round++) {
            for (String q : queries) {
                for (int i = 1; i <= q.length(); i++) {
                    long t = System.nanoTime();
                    index.find(q.substring(0, i), 50);
                    keys.add((System.nanoTime() - t) / 1e6);
                }
            }
            if (round == 0) keys.clear(); // the first round warms the JIT
        }
        double[] a = keys.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("keystroke: median %.2f ms, p95 %.2f ms, worst %.2f ms over %d keystrokes%n",
                a[a.length / 2], a[(int) (a.length * 0.95)], a[a.length - 1], a.length);
        opened.register().close();
        System.exit(0);
    }

    private static double median(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a[a.length / 2];
    }
}
