package nl.werkbank.core.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** Cell styles for the reports: hours with two decimals, euros, Dutch dates, headers. */
final class Styles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle hours;
    final CellStyle boldHours;
    final CellStyle euros;
    final CellStyle boldEuros;
    final CellStyle count;
    final CellStyle date;
    final CellStyle signature;

    Styles(Workbook workbook) {
        var format = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        hours = workbook.createCellStyle();
        hours.setDataFormat(format.getFormat("#,##0.00"));
        boldHours = workbook.createCellStyle();
        boldHours.cloneStyleFrom(hours);
        boldHours.setFont(boldFont);
        boldHours.setBorderTop(BorderStyle.THIN);
        euros = workbook.createCellStyle();
        euros.setDataFormat(format.getFormat("\"€\" #,##0.00"));
        boldEuros = workbook.createCellStyle();
        boldEuros.cloneStyleFrom(euros);
        boldEuros.setFont(boldFont);
        boldEuros.setBorderTop(BorderStyle.THIN);
        count = workbook.createCellStyle();
        count.setDataFormat(format.getFormat("0"));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("dd-mm-yyyy"));
        signature = workbook.createCellStyle();
        signature.setBorderBottom(BorderStyle.THIN);
    }
}
