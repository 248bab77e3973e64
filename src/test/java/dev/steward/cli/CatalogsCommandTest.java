package dev.steward.cli;

import dev.steward.catalog.FileCatalogSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = StewardCli.commandLine(new CliServices(null, (file, exit) -> 0,
                new FileCatalogSource(dir.resolve("home/catalogs"), Clock.systemUTC()), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shippedCatalogsValidate() {
        assertThat(run("catalogs", "validate")).isZero();
        assertThat(out.toString()).contains("all valid");
    }

    @Test
    void repositoryFolderValidatesWithItsControlLibrary() {
        assertThat(run("catalogs", "validate", "frameworks")).isZero();
    }

    @Test
    void brokenFolderExits2WithOneLinePerProblem() {
        Path broken = Path.of("src/test/resources/broken-catalogs/missing-field");
        assertThat(run("catalogs", "validate", broken.toString())).isEqualTo(2);
        String f = broken.resolve("test.json").toString();
        assertThat(err.toString().lines()).containsExactly(
                f + ": /publisher: missing required field 'publisher'",
                f + ": /clauses/0/title: 'title' must be a non-empty string");
    }

    @Test
    void exportThenImportAsCustom() throws Exception {
        Path oscal = dir.resolve("atlas.json");
        assertThat(run("catalogs", "export-oscal", "owasp-llm-top10-2025", "--out", oscal.toString())).isZero();
        Files.writeString(oscal, Files.readString(oscal).replace("\"owasp-llm-top10-2025\"", "\"my-llm-top10\""));
        assertThat(run("catalogs", "import", oscal.toString())).isZero();
        assertThat(out.toString()).contains("imported my-llm-top10");
        assertThat(dir.resolve("home/catalogs/my-llm-top10.json")).exists();
    }

    @Test
    void unknownCatalogAndRefusedImportExit2() throws Exception {
        assertThat(run("catalogs", "export-oscal", "nope", "--out", dir.resolve("x.json").toString())).isEqualTo(2);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"catalog\": {}}");
        assertThat(run("catalogs", "import", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(bad + ": /catalog/metadata: missing required object 'metadata'");
    }
}
