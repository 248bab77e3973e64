package dev.steward.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.pack.AuditPackService;
import dev.steward.app.pack.Manifest;
import dev.steward.domain.Person;
import dev.steward.domain.Risk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF's sections and metadata, the manifest's hashes, and the pack opened by real clients. */
class PackFilesTest {
    @TempDir
    static Path dir;
    static Path pack;
    static OpenedRegister opened;
    static Manifest manifest;
    static PackFixture fixture;

    @BeforeAll
    static void export() {
        fixture = new PackFixture(dir);
        opened = fixture.demo(dir.resolve("demo.steward"));
        // An out-of-tolerance risk owned by someone whose name is not in Latin script.
        Person li = opened.register().all(EntityKinds.PERSON).stream().filter(p -> p.name().startsWith("李娜")).findFirst().orElseThrow();
        Risk r = opened.register().find(EntityKinds.RISK, "R-0003").orElseThrow();
        Risk owned = new Risk(r.id(), r.title(), r.cause(), r.event(), r.consequence(), r.categoryCode(), r.affectedAgentIds(),
                li.id(), r.inherent(), r.linkedControlIds(), r.residual(), r.treatment(), r.treatmentPlan(), r.treatmentDue(),
                r.status(), r.acceptance(), r.threatRefs());
        opened.history().perform(Edit.of("owner", EntityChange.update(EntityKinds.RISK, r, owned)));
        pack = dir.resolve("pack");
        manifest = fixture.packs.export(opened.register(), "auditor", pack, TaskRunner.Progress.NONE);
    }

    @Test
    void thePdfHasEverySectionPageNumbersAndMetadata() throws IOException {
        try (PdfReader reader = new PdfReader(pack.resolve("demo-executive-summary.pdf").toString())) {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) text.append(extractor.getTextFromPage(p)).append('\n');
            assertThat(text).contains("Executive summary", "demo");
            for (String section : List.of("Where we stand", "Risk heat map", "Risks out of tolerance", "Controls",
                    "Coverage per framework", "Roadmap progress", "Open violations", "Open incidents", "Reviews overdue", "Accountability", "Sign-off")) {
                assertThat(text).as(section).contains(section);
            }
            int pages = reader.getNumberOfPages();
            String squeezed = text.toString().replace(" ", ""); // "of" and the total are separate text objects
            assertThat(squeezed).contains("Page1of" + pages, "Page" + pages + "of" + pages);
            assertThat(reader.getInfo()).containsEntry("Title", "Executive summary: demo").containsKey("Author");
            // Written for executives: states in words, the deadline's zone named, plurals made.
            assertThat(text).contains("Art. 73 deadline (UTC)", "Contained", "Critical").doesNotContain("CONTAINED", "CRITICAL", "(s)");
            assertThat(com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader)).extracting(m -> m.get("Title"))
                    .contains("Where we stand", "Risks out of tolerance", "Sign-off");
        }
    }

    @Test
    void namesInAnyScriptArePrintedWithEmbeddedFonts() throws Exception {
        String text = run("pdftotext", pack.resolve("demo-executive-summary.pdf").toString(), "-");
        assertThat(text).contains("李娜", "R-0003");
        String fonts = run("pdffonts", pack.resolve("demo-executive-summary.pdf").toString());
        assertThat(fonts).contains("DejaVuSans", "DroidSansFallback");
        fonts.lines().skip(2) // pdffonts' two header lines; then one line per font the file refers to
                .forEach(l -> assertThat(l).as("every font is an embedded subset: " + l).contains("yes yes"));
    }

    @Test
    void theManifestHashesEveryFileAndRecordsTheHead() throws IOException {
        JsonNode m = new ObjectMapper().readTree(pack.resolve("manifest.json").toFile());
        assertThat(m.get("changeLogHeadHash").asText()).isEqualTo(opened.register().changeLog().headHash());
        assertThat(m.get("changeLogIntact").asBoolean()).isTrue();
        assertThat(m.get("appVersion").asText()).isEqualTo("test");
        assertThat(m.get("catalogs").size()).isGreaterThanOrEqualTo(8);
        assertThat(m.get("files")).hasSize(2);
        for (JsonNode f : m.get("files")) {
            Path file = pack.resolve(f.get("name").asText());
            assertThat(Files.size(file)).isEqualTo(f.get("size").asLong());
            assertThat(AuditPackService.sha256(file)).isEqualTo(f.get("sha256").asText());
        }
        try (var files = Files.list(pack)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "demo-register.xlsx", "demo-executive-summary.pdf", "manifest.json");
        }
    }

    @Test
    void anExistingPackIsNeverOverwrittenAndAFailedExportLeavesNothing() throws IOException {
        byte[] before = Files.readAllBytes(pack.resolve("manifest.json"));
        assertThatThrownBy(() -> fixture.packs.export(opened.register(), "auditor", pack, TaskRunner.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists and is not empty");
        assertThat(Files.readAllBytes(pack.resolve("manifest.json"))).isEqualTo(before);

        Path cancelled = dir.resolve("cancelled");
        TaskRunner.Progress cancel = new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) { }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> fixture.packs.export(opened.register(), "auditor", cancelled, cancel))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(cancelled).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".exporting-"));
        }
    }

    @Test
    void libreOfficeOpensTheWorkbook() throws Exception {
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path home = Files.createDirectories(dir.resolve("lo-home"));
        run("soffice", "-env:UserInstallation=file://" + home.toAbsolutePath(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString(), pack.resolve("demo-register.xlsx").toString());
        Path converted = out.resolve("demo-register.pdf");
        assertThat(converted).exists();
        assertThat(run("pdftotext", converted.toString(), "-")).contains("Agents", "Change log", "AG-0001");
    }

    /** Runs a real client; fails (never skips) when it is missing or fails: .ci/run installs them. */
    static String run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: install libreoffice-calc and poppler-utils (see .ci/run)", e);
        }
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(p.exitValue()).as(command[0] + " exit code; output:\n" + output).isZero();
        return output;
    }
}
