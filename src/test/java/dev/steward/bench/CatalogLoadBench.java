package dev.steward.bench;

import dev.steward.catalog.CatalogLoader;
import dev.steward.catalog.CatalogSet;
import dev.steward.catalog.ControlLibraryValidator;

import java.util.Arrays;

/**
 * Not a test: prints the median time to load and validate all shipped catalogs, crosswalks and the control
 * library from the classpath. Run: {@code java -cp target/classes:target/test-classes:<jackson jars>
 * dev.steward.bench.CatalogLoadBench [N]}. The first load (cold classes, no JIT) is printed separately.
 */
public final class CatalogLoadBench {

    private CatalogLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        // Jackson's own one-time start-up is paid by the app anyway; report it apart from catalog loading.
        long t0 = System.nanoTime();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"warm\": [1]}");
        System.out.printf("jackson start-up: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        long cold = timeOnce();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = timeOnce() / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("cold: %.1f ms; median of %d warm loads: %.1f ms (min %.1f, max %.1f)%n",
                cold / 1e6, n, ms[n / 2], ms[0], ms[n - 1]);
    }

    private static long timeOnce() {
        long start = System.nanoTime();
        CatalogSet set = new CatalogLoader().loadShipped();
        var problems = new ControlLibraryValidator(set).validateShipped();
        long elapsed = System.nanoTime() - start;
        if (!set.isValid() || !problems.isEmpty()) {
            throw new IllegalStateException("shipped catalogs invalid: " + set.problems() + problems);
        }
        return elapsed;
    }
}
