package dev.steward.export;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Agent;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens the exported workbook with POI and checks it against the register it came from. */
class WorkbookExportTest {
    @TempDir
    static Path dir;
    static XSSFWorkbook wb;
    static OpenedRegister opened;
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd", "\tTabbed",
            "\rReturn");

    @BeforeAll
    static void export() throws Exception {
        PackFixture f = new PackFixture(dir);
        opened = f.demo(dir.resolve("demo.steward"));
        int n = 100;
        for (String name : HOSTILE) {
            Agent a = Agent.minimal("AG-0" + n++, name);
            opened.history().perform(Edit.of("add", EntityChange.create(EntityKinds.AGENT, a)));
        }
        f.packs.export(opened.register(), "auditor", dir.resolve("pack"), TaskRunner.Progress.NONE);
        try (InputStream in = Files.newInputStream(dir.resolve("pack/demo-register.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void hasEverySheetInOrderEachATableWithAFrozenHeader() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Cover", "Summary", "Agents", "Accountability", "Risks", "Heat map", "Controls",
                "Mappings", "Coverage NIST AI RMF", "Coverage ISO 42001", "Coverage EU AI Act", "ISO 42001 SoA",
                "EU AI Act obligations", "Roadmap", "Approvals", "Incidents", "Violations", "Evidence index", "Change log");
        for (String name : names) {
            XSSFSheet sheet = wb.getSheet(name);
            assertThat(sheet.getTables()).as(name + " has a table").hasSize(1);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name + " frozen").isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).as(name + " landscape").isTrue();
            assertThat(sheet.getRepeatingRows()).as(name + " print titles").isNotNull();
            assertThat(sheet.getTables().get(0).getColumns()).extracting(c -> c.getName())
                    .as(name + ": table columns are the header cells")
                    .containsExactlyElementsOf(headers(sheet));
        }
    }

    @Test
    void rowCountsMatchTheRegister() {
        var r = opened.register();
        Map<String, Integer> expected = Map.of("Agents", r.count(EntityKinds.AGENT), "Accountability", r.count(EntityKinds.AGENT),
                "Risks", r.count(EntityKinds.RISK), "Controls", r.count(EntityKinds.CONTROL), "Mappings", r.count(EntityKinds.MAPPING),
                "Roadmap", r.count(EntityKinds.TASK), "Approvals", r.count(EntityKinds.APPROVAL),
                "Incidents", r.count(EntityKinds.INCIDENT), "Heat map", 25, "Change log", (int) r.changeLog().size());
        expected.forEach((sheet, rows) -> assertThat(wb.getSheet(sheet).getLastRowNum()).as(sheet).isEqualTo(rows));
        assertThat(r.count(EntityKinds.AGENT)).isEqualTo(12 + HOSTILE.size());
        int violations = new dev.steward.app.agents.PolicyService(PackFixture.CLOCK).check(r).size();
        assertThat(violations).isPositive();
        assertThat(wb.getSheet("Violations").getLastRowNum()).as("the same violations as steward check").isEqualTo(violations);
        assertThat(wb.getSheet("Change log").getLastRowNum()).isGreaterThan(70);
        assertThat(wb.getSheet("ISO 42001 SoA").getLastRowNum()).as("the 38 Annex A controls").isEqualTo(38);
        var coverage = new dev.steward.app.CoverageService(new dev.steward.catalog.FileCatalogSource(dir.resolve("catalogs"),
                PackFixture.CLOCK), new dev.steward.catalog.JsonControlLibrary(),
                new dev.steward.catalog.FileCatalogSource(dir.resolve("catalogs"), PackFixture.CLOCK), PackFixture.CLOCK)
                .snapshot(r);
        assertThat(wb.getSheet("Coverage NIST AI RMF").getLastRowNum()).as("one row per assessed NIST clause")
                .isEqualTo(coverage.coverage("nist-ai-rmf-1.0").clauses().size());
    }

    @Test
    void headersOfTheMainSheets() {
        assertThat(headers(wb.getSheet("Agents"))).startsWith("ID", "Name", "Purpose", "Business unit", "Owner", "Lifecycle", "Sanction")
                .contains("Owner", "Token lifetime (hours)", "EU AI Act risk tier", "Next review due", "Review overdue");
        assertThat(headers(wb.getSheet("Risks"))).contains("Inherent score", "Residual score", "Residual band", "Tolerance",
                "Out of tolerance", "Acceptance expires", "Threat references");
        assertThat(headers(wb.getSheet("Change log"))).containsExactly("Seq", "At (UTC)", "Actor", "Entity type", "Entity",
                "Action", "Before (JSON)", "After (JSON)", "Previous hash", "Hash");
    }

    @Test
    void incidentsCarryTheirTimelineOneLinePerEntry() {
        XSSFSheet incidents = wb.getSheet("Incidents");
        int timeline = headers(incidents).indexOf("Timeline (UTC)");
        assertThat(timeline).isPositive();
        Row first = incidents.getRow(1);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("IN-0001");
        String text = first.getCell(timeline).getStringCellValue();
        assertThat(text.split("\n")).hasSize(4)
                .startsWith("2026-11-10 09:15  Recruiter reports the pattern to Talent Acquisition.");
    }

    @Test
    void noCellIsAFormulaAndFormulaLikeTextIsNeutralised() {
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
        List<String> names = new ArrayList<>();
        for (Row row : wb.getSheet("Agents")) names.add(row.getCell(1).getStringCellValue());
        for (String hostile : HOSTILE) assertThat(names).contains("'" + hostile);
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                assertThat(cell.getStringCellValue().charAt(0)).as(sheet.getSheetName() + "!" + cell.getAddress())
                        .isNotIn('=', '+', '-', '@', '\t', '\r');
            }
        })));
    }

    @Test
    void columnsHaveTheirWidthsAndAMissingValueLeavesNoCell() {
        XSSFSheet agents = wb.getSheet("Agents");
        assertThat(agents.getColumnWidth(headers(agents).indexOf("Name"))).as("Name column, 28 characters").isEqualTo(28 * 256);
        Row minimal = agents.getRow(agents.getLastRowNum()); // one of the hostile agents, which has no purpose
        assertThat(minimal.getCell(headers(agents).indexOf("Purpose"))).as("no empty cell for a missing purpose").isNull();
    }

    @Test
    void aRowWithWrappedTextIsTallEnoughAndItsCellsSitAtTheTop() {
        XSSFSheet risks = wb.getSheet("Risks");
        int cause = headers(risks).indexOf("Cause");
        Row tall = null;
        for (Row row : risks) {
            Cell c = row.getRowNum() == 0 ? null : row.getCell(cause);
            if (c != null && c.getStringCellValue().length() > 40) {
                tall = row;
                break;
            }
        }
        assertThat(tall).as("a risk whose cause wraps").isNotNull();
        assertThat(tall.getHeightInPoints()).as("row " + tall.getRowNum()).isGreaterThanOrEqualTo(30f);
        assertThat(tall.getCell(0).getCellStyle().getVerticalAlignment()).isEqualTo(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    }

    @Test
    void datesAreDatesNumbersAreNumbersAndEnumeratedColumnsOfferLists() {
        XSSFSheet roadmap = wb.getSheet("Roadmap");
        Cell start = roadmap.getRow(1).getCell(headers(roadmap).indexOf("Start"));
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
        XSSFSheet risks = wb.getSheet("Risks");
        assertThat(risks.getRow(1).getCell(headers(risks).indexOf("Inherent score")).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(wb.getSheet("Agents").getDataValidations()).extracting(v -> v.getValidationConstraint().getExplicitListValues())
                .anySatisfy(list -> assertThat(list).contains("PROPOSED", "PRODUCTION", "DECOMMISSIONED"));
        assertThat(risks.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void documentPropertiesNameTheRegisterAndTheHeadHash() {
        var core = wb.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Register of AI agents: demo");
        assertThat(core.getDescription()).contains(opened.register().changeLog().headHash());
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> h = new ArrayList<>();
        sheet.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }
}
