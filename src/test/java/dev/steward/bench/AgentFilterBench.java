package dev.steward.bench;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.app.agents.AgentService;
import dev.steward.app.agents.PolicyService;
import dev.steward.app.agents.SyntheticRegister;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.importing.InventoryFiles;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.agents.AgentRow;
import dev.steward.ui.agents.AgentsViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Not a test: how long one keystroke in the agent table's filter takes with N agents (default
 * 10,000), the table sorted by name as a user would have it. Generates the register with
 * {@code steward generate}'s service, loads the Agents view model, then types and erases filter
 * texts one character at a time, timing each change of the filter (predicate, filtered and sorted
 * lists). Prints the median, the 95th percentile and the worst keystroke.
 * Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.steward.bench.AgentFilterBench [N]}.
 */
public final class AgentFilterBench {
    private AgentFilterBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("steward-bench");
        Clock clock = Clock.systemUTC();
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(clock, "bench"), new JsonTemplates(), new Actor("bench", null));
        long t0 = System.nanoTime();
        new SyntheticRegister(registers, clock).generate(dir.resolve("big.steward"), n, n / 10, 42);
        System.out.printf("generate %d agents: %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
        OpenedRegister opened = registers.open(dir.resolve("big.steward"));
        AgentsViewModel vm = new AgentsViewModel(new SameThreadTaskRunner(), new RecordingDialogs(), new AgentService(clock),
                new PolicyService(clock), new AgentImportService(new InventoryFiles(), clock));
        t0 = System.nanoTime();
        vm.reload(opened);
        System.out.printf("load the table (read, check policies, build rows): %.0f ms, %d rows%n", (System.nanoTime() - t0) / 1e6, vm.totalRows());
        vm.sortWith(Comparator.comparing((AgentRow r) -> r.agent().name())); // as after a click on the Name header

        List<Double> ms = new ArrayList<>();
        String[] words = {"ledger", "anthropic", "AG-00042", "production", "finance copilot", "person 17", "zzz-no-match"};
        for (int round = 0; round < 6; round++) {
            for (String w : words) {
                for (int i = 1; i <= w.length(); i++) ms.add(keystroke(vm, w.substring(0, i)));
                for (int i = w.length() - 1; i >= 0; i--) ms.add(keystroke(vm, w.substring(0, i)));
            }
            if (round == 0) ms.clear(); // the first round warms the JIT
        }
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("filter keystroke over %d agents (sorted by name): median %.2f ms, p95 %.2f ms, worst %.2f ms, %d keystrokes%n",
                n, a[a.length / 2], a[(int) (a.length * 0.95)], a[a.length - 1], a.length);
        opened.register().close();
        System.exit(0);
    }

    private static double keystroke(AgentsViewModel vm, String text) {
        long t = System.nanoTime();
        vm.filterProperty().set(text);
        double ms = (System.nanoTime() - t) / 1e6;
        if (ms > 20 && System.getProperty("bench.verbose") != null) System.out.printf("  slow: '%s' %.1f ms%n", text, ms);
        return ms;
    }

}
