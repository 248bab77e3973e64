package dev.steward.export.xlsx;

import dev.steward.domain.scoring.ScoreBand;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFTable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Streams one {@link SheetSpec} into an SXSSF workbook as a real Excel table: frozen header,
 * widths, wrapping, an autofilter table, validation lists for enumerated columns, band colours on
 * score columns, repeated header row and landscape pages for printing. Values only, never formulas.
 */
final class SheetWriter {
    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final List<ScoreBand> bands;
    private int tables;

    SheetWriter(SXSSFWorkbook wb, Styles styles, List<ScoreBand> bands) {
        this.wb = wb;
        this.styles = styles;
        this.bands = bands;
    }

    <T> int write(SheetSpec<T> spec) {
        SXSSFSheet sheet = wb.createSheet(spec.name());
        List<Column<T>> columns = spec.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
        }
        int r = 0;
        Object[] values = new Object[columns.size()];
        for (T item : spec.rows()) {
            Row row = sheet.createRow(++r);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                values[c] = columns.get(c).value().apply(item);
                if (values[c] != null && columns.get(c).kind() == Column.Kind.WRAP) {
                    lines = Math.max(lines, WrappedLines.lines(asText(values[c]), columns.get(c).width()));
                }
            }
            // A row with wrapped text is made as tall as it needs (nothing else sizes a streamed row),
            // and its other cells are top-aligned beside the text; one-line rows need neither.
            boolean tall = lines > 1;
            if (tall) row.setHeightInPoints(WrappedLines.points(lines));
            for (int c = 0; c < columns.size(); c++) {
                if (values[c] != null) put(row.createCell(c), columns.get(c), values[c], tall); // no empty <c/> for a missing value
            }
        }
        // Widths only now: once a sheet has <col> entries, SXSSF looks up a column style for every
        // unstyled cell it flushes through a linear XMLBeans search, which cost about a fifth of the export.
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        int lastRow = Math.max(r, 1); // an Excel table needs a data row, even an empty one
        sheet.createFreezePane(0, 1);
        addTable(spec, lastRow);
        addValidations(sheet, columns, lastRow);
        addScoreColours(sheet, columns, lastRow, bands);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getPrintSetup().setLandscape(true);
        // Fit narrow sheets to the page width; a wide one (the agent inventory) would print unreadably
        // small, so it runs across pages with the header row repeated instead.
        if (columns.stream().mapToInt(Column::width).sum() <= 240) {
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }
        return r;
    }

    private <T> void put(Cell cell, Column<T> column, Object value, boolean tall) {
        // Plain cells in one-line rows keep the default style: a style index on every cell costs ~10% of the file.
        org.apache.poi.ss.usermodel.CellStyle plain = tall ? styles.text : null;
        switch (column.kind()) {
            case NUMBER, SCORE -> {
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    if (tall) cell.setCellStyle(styles.number);
                } else {
                    text(cell, value.toString(), plain);
                }
            }
            case DATE -> {
                if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                } else {
                    text(cell, value.toString(), plain);
                }
            }
            case DATETIME -> {
                if (value instanceof Instant i) {
                    cell.setCellValue(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
                    cell.setCellStyle(styles.dateTime);
                } else {
                    text(cell, value instanceof TemporalAccessor ? value.toString() : String.valueOf(value), plain);
                }
            }
            case WRAP -> text(cell, asText(value), styles.wrap);
            case TEXT -> text(cell, asText(value), plain);
        }
    }

    private static String asText(Object value) {
        if (value instanceof Boolean b) return b ? "yes" : "no";
        if (value instanceof Enum<?> e) return e.name();
        return value.toString();
    }

    private static void text(Cell cell, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        cell.setCellValue(CellText.neutralise(value));
        if (style != null) cell.setCellStyle(style);
    }

    private <T> void addTable(SheetSpec<T> spec, int lastRow) {
        var xssfSheet = wb.getXSSFWorkbook().getSheet(spec.name());
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, spec.columns().size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = xssfSheet.createTable(area);
        String name = "T" + (++tables) + "_" + spec.name().replaceAll("[^A-Za-z0-9]", "");
        table.setName(name);
        table.setDisplayName(name);
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        table.getCTTable().addNewTableStyleInfo().setName("TableStyleLight9");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        // SXSSF has already streamed the header cells, so the table cannot read them: name its columns here.
        for (int c = 0; c < spec.columns().size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(spec.columns().get(c).header());
        }
    }

    private static <T> void addValidations(SXSSFSheet sheet, List<Column<T>> columns, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            List<String> allowed = columns.get(c).allowed();
            if (allowed.isEmpty() || String.join(",", allowed).length() > 250) continue;
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(allowed.toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow, c, c));
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }
    }

    /** Each score cell takes its band's colour (the register's matrix); the band's name is in its own column. */
    private static <T> void addScoreColours(SXSSFSheet sheet, List<Column<T>> columns, int lastRow, List<ScoreBand> bands) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() != Column.Kind.SCORE) continue;
            CellRangeAddress[] range = {new CellRangeAddress(1, lastRow, c, c)};
            for (ScoreBand band : bands) {
                cf.addConditionalFormatting(range, rule(cf, ComparisonOperator.BETWEEN, Integer.toString(band.from()),
                        Integer.toString(band.to()), BandTints.hex(band.colour())));
            }
        }
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, byte op, String a, String b, String rgb) {
        ConditionalFormattingRule rule = b == null ? cf.createConditionalFormattingRule(op, a)
                : cf.createConditionalFormattingRule(op, a, b);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
