package dev.steward.importing;

import dev.steward.app.EntityKinds;
import dev.steward.app.inventory.ImportReport;
import dev.steward.domain.Agent;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxImportTest {
    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void open() {
        f = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        f.opened.register().close();
    }

    private Path workbook(String name, java.util.function.Consumer<XSSFWorkbook> fill) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static void row(XSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) row.createCell(i).setCellValue(n.doubleValue());
            else if (values[i] != null) row.createCell(i).setCellValue(values[i].toString());
        }
    }

    @Test
    void readsTheFirstSheetWithDateCellsNumbersAndCachedFormulaValues() throws Exception {
        Path file = workbook("scan.xlsx", wb -> {
            XSSFSheet sheet = wb.createSheet("Discovered");
            row(sheet, 0, "App", "Vendor", "First seen", "Last seen", "Users", "Data classes");
            row(sheet, 1, null, "Anthropic", null, "2026-11-20", 17, "personal;credentials");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            sheet.getRow(1).createCell(2).setCellValue(LocalDate.of(2026, 9, 14));
            sheet.getRow(1).getCell(2).setCellStyle(dateStyle);
            // A formula whose cached value is what Excel showed; evaluating it would give "X".
            XSSFCell name = (XSSFCell) sheet.getRow(1).createCell(0);
            name.setCellFormula("UPPER(\"x\")");
            name.getCTCell().setT(STCellType.STR);
            name.getCTCell().setV("Claude desktop");
            wb.createSheet("Ignored");
            row(wb.getSheet("Ignored"), 0, "name");
            row(wb.getSheet("Ignored"), 1, "Should not be read");
        });
        ImportReport r = f.service.importAgents(f.opened, file, false, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary()).isEqualTo("created 1, updated 0, unchanged 0, invalid 0");
        Agent a = f.opened.register().all(EntityKinds.AGENT).get(0);
        assertThat(a.name()).isEqualTo("Claude desktop");
        assertThat(a.platform().vendor()).isEqualTo("Anthropic");
        assertThat(a.sighting()).isEqualTo(new dev.steward.domain.Sighting(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 11, 20), 17));
        assertThat(r.lines().get(0).row()).isEqualTo(2);
    }

    @Test
    void reportsInvalidRowsWithTheirSheetRowNumber() throws Exception {
        Path file = workbook("bad.xlsx", wb -> {
            XSSFSheet sheet = wb.createSheet();
            row(sheet, 0, "name", "users");
            row(sheet, 1, "A", 1);
            row(sheet, 3, "B", "several");
        });
        ImportReport r = f.service.importAgents(f.opened, file, false, false);
        assertThat(r.problems()).extracting(Object::toString).containsExactly("bad.xlsx:4: users: 'several' is not a whole number");
        assertThat(f.agents()).isZero();
    }

    @Test
    void refusesAFileThatIsNotASpreadsheet() throws Exception {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "name\nnot a workbook\n");
        assertThatThrownBy(() -> f.service.preview(f.opened.register(), fake)).hasMessageStartingWith("fake.xlsx: ");
        Path zip = dir.resolve("other.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> f.service.preview(f.opened.register(), zip)).hasMessageStartingWith("other.xlsx: ");
        assertThatThrownBy(() -> f.service.preview(f.opened.register(), f.csv("old.xls", "x")))
                .hasMessage("old.xls: the old .xls format is not read; save it as .xlsx or CSV");
    }

    @Test
    @Timeout(60)
    void refusesAZipBombWithAHundredMegabyteCell() throws Exception {
        Path bomb = withSharedStrings("bomb.xlsx", out -> {
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 100; i++) out.write(chunk);
        });
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThatThrownBy(() -> f.service.preview(f.opened.register(), bomb))
                .hasMessage("bomb.xlsx: cannot read the workbook: it expands far beyond its size on disk (a zip bomb?); refused");
        assertThat(f.agents()).isZero();
    }

    @Test
    void refusesACellLongerThanExcelAllows() throws Exception {
        Random random = new Random(7);
        Path big = withSharedStrings("long.xlsx", out -> {
            byte[] text = new byte[40_000];
            for (int i = 0; i < text.length; i++) text[i] = (byte) ('a' + random.nextInt(26));
            out.write(text);
        });
        assertThatThrownBy(() -> f.service.preview(f.opened.register(), big))
                .hasMessage("long.xlsx:2: A2: the cell holds 40000 characters (at most 32767)");
    }

    @Test
    void refusesAnOversizedFileWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(60L * 1024 * 1024);
        }
        assertThatThrownBy(() -> f.service.preview(f.opened.register(), huge))
                .hasMessage("huge.csv: the file is 60 MB; an agent inventory may be at most 50 MB");
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** A real workbook (header "name", one data row) whose data cell's shared string is replaced by {@code body}. */
    private Path withSharedStrings(String name, Body body) throws IOException {
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet();
            row(sheet, 0, "name");
            row(sheet, 1, "placeholder");
            wb.write(original);
        }
        Path file = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " count=\"2\" uniqueCount=\"2\"><si><t>name</t></si><si><t>").getBytes(StandardCharsets.UTF_8));
                    body.write(out);
                    out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return file;
    }

}
