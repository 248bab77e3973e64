package dev.steward.cli;

import dev.steward.app.CatalogSource;
import dev.steward.app.CoverageService;
import dev.steward.app.CoverageSnapshot;
import dev.steward.app.ObligationSource;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.catalog.JsonControlLibrary;
import dev.steward.domain.coverage.FrameworkCoverage;
import dev.steward.domain.coverage.RankedGap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Coverage of REGISTER's controls per framework: percentages per framework and per function or "
                + "chapter, then the gaps (most important first) and partial clauses.",
                "Exit 0 when no applicable clause is a gap, 1 when some are, 2 for a bad file or framework id."})
final class CoverageCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REGISTER", description = "The register file (.steward).")
    Path file;

    @Option(names = "--framework", paramLabel = "ID",
            description = "Only this framework (e.g. nist-ai-rmf-1.0, iso-iec-42001-2023, eu-ai-act-2024-1689).")
    String framework;

    @Spec
    CommandSpec spec;

    private final RegisterService registers;
    private final CoverageService coverage;

    CoverageCommand(RegisterService registers, CoverageService coverage) {
        this.registers = registers;
        this.coverage = coverage;
    }

    static CoverageCommand create(RegisterService registers, CatalogSource catalogs) {
        ObligationSource obligations = catalogs instanceof ObligationSource o ? o : id -> List.of();
        return new CoverageCommand(registers, new CoverageService(catalogs, new JsonControlLibrary(), obligations, Clock.systemUTC()));
    }

    @Override
    public Integer call() {
        OpenedRegister opened = registers.open(file);
        try {
            CoverageSnapshot s = coverage.snapshot(opened.register());
            if (framework != null && s.catalogs().catalog(framework).isEmpty()) {
                throw new IllegalArgumentException(file.getFileName() + ": --framework: no catalog '" + framework
                        + "'; known: " + String.join(", ", s.catalogs().catalogs().stream().map(c -> c.id()).toList()));
            }
            List<String> ids = framework == null ? s.frameworks() : List.of(framework);
            PrintWriter out = spec.commandLine().getOut();
            int gaps = 0;
            for (String id : ids) {
                FrameworkCoverage f = s.coverage(id);
                gaps += f.total().gap();
                print(out, f, s.gaps(id));
            }
            out.flush();
            return gaps > 0 ? 1 : 0;
        } finally {
            opened.register().close();
        }
    }

    private static void print(PrintWriter out, FrameworkCoverage f, List<RankedGap> gaps) {
        out.println(f.catalogName() + " " + f.version() + " (" + f.catalogId() + "): " + f.total().applicable()
                + " applicable clauses");
        out.println("  " + f.total().summary());
        for (FrameworkCoverage.Group g : f.groups()) {
            out.printf("  %-36s %s%n", shorten(g.ref() + (g.title().equalsIgnoreCase(g.ref()) ? "" : " " + g.title()), 36), g.tally().summary());
        }
        long gapCount = gaps.stream().filter(g -> g.coverage().status() == dev.steward.domain.coverage.CoverageStatus.GAP).count();
        out.println("  Gaps (" + gapCount + ") and partial clauses (" + (gaps.size() - gapCount) + "), most important first:");
        for (RankedGap g : gaps) {
            out.println("    " + g.coverage().describe().toUpperCase() + "  " + g.coverage().ref() + "  "
                    + shorten(g.coverage().clause().title(), 70) + (g.reasons().isEmpty() ? "" : "  [" + String.join("; ", g.reasons()) + "]"));
        }
        out.println();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
