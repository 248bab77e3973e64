package dev.steward.export.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, created once (a workbook holds at most 64,000 styles). */
final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle title;

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = top(wb);
        wrap = top(wb);
        wrap.setWrapText(true);
        number = top(wb);
        date = top(wb);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = top(wb);
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = wb.createCellStyle();
        title.setFont(big);
    }

    private static CellStyle top(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }
}
