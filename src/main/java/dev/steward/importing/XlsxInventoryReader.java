package dev.steward.importing;

import dev.steward.app.inventory.RawTable;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events (never the whole workbook
 * in memory). Formula cells give their cached value, never evaluated; date cells give ISO dates.
 * A workbook that inflates like a zip bomb, or a cell longer than Excel allows, is refused.
 */
final class XlsxInventoryReader {
    /** Excel's own limit on a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_ROWS = 200_000;

    static {
        // A part may inflate to at most 100 MB and at least 1 % of that must be on disk: bombs fail fast.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        IOUtils.setByteArrayMaxOverride(100 * 1024 * 1024);
    }

    RawTable read(Path file, String name) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new IllegalArgumentException(name + ": the workbook has no sheet");
            Collector rows = new Collector(name);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            if (rows.header == null) throw new IllegalArgumentException(name + ": the first sheet is empty (expected a header row with a name column)");
            return new RawTable(rows.header, rows.rows);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new IllegalArgumentException(name + ": not an XLSX workbook (" + e.getMessage() + ")", e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalArgumentException(name + ": cannot read the workbook: " + message(e), e);
        } catch (org.apache.poi.util.RecordFormatException | org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
            throw new IllegalArgumentException(name + ": cannot read the workbook: " + message(e), e);
        }
    }

    private static String message(Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("zip bomb")) return "it expands far beyond its size on disk (a zip bomb?); refused";
        if (m.contains("exceeds") || m.contains("maximum")) return "a part of it is too large; refused";
        return m.lines().findFirst().orElse(m);
    }

    /** Collects cell texts by column; the first non-empty row is the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        List<String> header;
        final List<RawTable.Row> rows = new ArrayList<>();
        private List<String> current;
        private int rowNumber;

        Collector(String name) {
            this.name = name;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= MAX_ROWS) throw new IllegalStateException("more than " + MAX_ROWS + " rows");
            rowNumber = rowNum + 1;
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().allMatch(String::isBlank)) return;
            if (header == null) header = current;
            else rows.add(new RawTable.Row(rowNumber, current));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int col = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            String value = formattedValue == null ? "" : formattedValue;
            if (value.length() > MAX_CELL_CHARS) {
                throw new IllegalArgumentException(name + ":" + rowNumber + ": " + cellReference + ": the cell holds "
                        + value.length() + " characters (at most " + MAX_CELL_CHARS + ")");
            }
            while (current.size() < col) current.add("");
            current.add(value);
        }
    }

    /** Dates as ISO (2026-11-23) whatever the cell's display format; other numbers as Excel shows them. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
