package dev.steward.cli;

import dev.steward.app.CatalogImportException;
import dev.steward.app.CatalogIssue;
import dev.steward.app.CatalogSource;
import dev.steward.domain.Catalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code steward catalogs validate|import|export-oscal}: framework catalogs, headless. */
@Command(name = "catalogs", mixinStandardHelpOptions = true, description = "Validate, import and export framework catalogs.")
final class CatalogsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(CatalogSource catalogs) {
        return new CommandLine(new CatalogsCommand())
                .addSubcommand("validate", new Validate(catalogs))
                .addSubcommand("import", new Import(catalogs))
                .addSubcommand("export-oscal", new ExportOscal(catalogs));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = {
            "Check the catalogs and crosswalks in DIR (default: the shipped ones), and templates/controls.json",
            "when DIR holds it or sits next to it. Exit 0 when all are valid, 2 with one line per problem."})
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR") Path dir;
        @Spec CommandSpec spec;
        private final CatalogSource catalogs;

        Validate(CatalogSource catalogs) { this.catalogs = catalogs; }

        @Override
        public Integer call() {
            List<CatalogIssue> problems = catalogs.validate(dir);
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println((dir == null ? "shipped catalogs" : dir.toString()) + ": all valid");
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.flush();
            return 2;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = {
            "Import FILE (Steward catalog JSON or an OSCAL catalog in JSON) as a custom catalog.",
            "Refused, with one line per problem and exit 2, unless the whole file is valid."})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Spec CommandSpec spec;
        private final CatalogSource catalogs;

        Import(CatalogSource catalogs) { this.catalogs = catalogs; }

        @Override
        public Integer call() {
            try {
                Catalog c = catalogs.importCatalog(file);
                spec.commandLine().getOut().println("imported " + c.id() + " " + c.version() + " (" + c.clauses().size()
                        + " clauses)");
                return 0;
            } catch (CatalogImportException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.problems().forEach(err::println);
                err.flush();
                return 2;
            }
        }
    }

    @Command(name = "export-oscal", mixinStandardHelpOptions = true,
            description = "Write catalog ID (shipped or custom) as an OSCAL catalog in JSON.")
    static final class ExportOscal implements Callable<Integer> {
        @Parameters(paramLabel = "ID") String id;
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
        @Spec CommandSpec spec;
        private final CatalogSource catalogs;

        ExportOscal(CatalogSource catalogs) { this.catalogs = catalogs; }

        @Override
        public Integer call() {
            var catalog = catalogs.load().catalog(id);
            if (catalog.isEmpty()) {
                spec.commandLine().getErr().println("steward: no catalog '" + id + "'; known: "
                        + String.join(", ", catalogs.load().catalogs().stream().map(Catalog::id).toList()));
                return 2;
            }
            catalogs.exportOscal(catalog.get(), out);
            spec.commandLine().getOut().println("wrote " + id + " as OSCAL to " + out);
            return 0;
        }
    }
}
