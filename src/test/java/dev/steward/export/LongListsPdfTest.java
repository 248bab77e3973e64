package dev.steward.export;

import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.agents.SyntheticRegister;
import dev.steward.app.pack.RegisterSummary;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register with hundreds of out-of-tolerance risks and agents overdue: the executive summary
 * shows the first of each list and says how many there are and where the rest are, rather than
 * running to hundreds of pages.
 */
class LongListsPdfTest {
    @TempDir
    Path dir;

    @Test
    void longListsAreCutWithACountAndAPointerToTheWorkbook() throws Exception {
        PackFixture fixture = new PackFixture(dir);
        Path file = dir.resolve("many.steward");
        new SyntheticRegister(fixture.registers, PackFixture.CLOCK).generate(file, 400, 1500, 7);
        OpenedRegister opened = fixture.registers.open(file);
        try {
            fixture.packs.export(opened.register(), "auditor", dir.resolve("pack"), TaskRunner.Progress.NONE);
            RegisterSummary s = fixture.packs.gatherForBenchmark(opened.register(), "auditor").summary();
            assertThat(s.outOfTolerance().size()).as("the register must overflow the list").isGreaterThan(100);
            assertThat(s.overdueReviews().size()).isGreaterThan(25);
            assertThat(s.accountabilityGaps().size()).isGreaterThan(25);

            try (PdfReader reader = new PdfReader(dir.resolve("pack/many-executive-summary.pdf").toString())) {
                StringBuilder text = new StringBuilder();
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int p = 1; p <= reader.getNumberOfPages(); p++) text.append(extractor.getTextFromPage(p)).append('\n');
                String flat = text.toString().replaceAll("\\s+", " ");
                assertThat(flat).contains(String.format("Showing 25 of %,d, the highest scores first. The workbook's Risks sheet",
                        s.outOfTolerance().size()));
                assertThat(flat).contains(String.format("Showing 25 of %,d, in agent order. The workbook's Agents sheet",
                        s.overdueReviews().size()));
                assertThat(flat).contains(String.format("Showing 25 of %,d, in agent order. The workbook's Accountability sheet",
                        s.accountabilityGaps().size()));
                // The first risk listed is the highest-scored; one past the cut is not listed.
                assertThat(flat).contains(s.outOfTolerance().get(0).riskId())
                        .doesNotContain(s.outOfTolerance().get(25).riskId() + " ");
                assertThat(reader.getNumberOfPages()).isLessThan(15);
                assertThat(flat).as("tile figures are grouped").contains(String.format("%,d risks", 1500));
                assertThat(flat).contains("The register has no controls yet.");
            }
        } finally {
            opened.register().close();
        }
    }
}
