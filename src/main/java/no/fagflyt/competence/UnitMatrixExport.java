package no.fagflyt.competence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import no.fagflyt.competence.framework.CompetenceView;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.CurrentUser;
import no.fagflyt.platform.NorwegianTexts;
import no.fagflyt.platform.NorwegianTime;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit matrix as an XLSX workbook: the same rows, columns and order as the page, the status as text in
 * every cell with the page's colour as fill, a title with the unit and the date, and the name column and
 * header row frozen. Streamed (SXSSF) so a large unit does not hold the whole sheet in memory. The gap
 * analysis checks access and logs the read; the export itself is logged as well.
 */
@Service
public class UnitMatrixExport {

    public static final String AUDIT_EXPORT = "ENHET_KOMPETANSE_EKSPORT";

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Where the header row is: after the title, the date line and a blank row. */
    static final int HEADER_ROW = 3;


    private static final Map<String, String> FILLS = Map.of("badge--ok", "E7F4EA", "badge--warn", "FFF4DA",
            "badge--bad", "FDECEA");

    private final GapAnalysis gaps;

    private final AuditLog auditLog;

    private final NorwegianTexts messages;

    private final Clock clock;

    UnitMatrixExport(GapAnalysis gaps, AuditLog auditLog, NorwegianTexts messages, Clock clock) {
        this.gaps = gaps;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** A file name and its content. */
    public record Workbook(String fileName, byte[] content) {
    }

    @Transactional
    public Workbook xlsx(CurrentUser user, long unitId, UnitMatrix.Order order) {
        UnitMatrix matrix = gaps.forUnit(user, unitId).sorted(order);
        LocalDate today = LocalDate.now(clock);
        byte[] content = render(matrix, today);
        auditLog.record(AuditAction.READ, AUDIT_EXPORT, unitId, matrix.unit().name(),
                "XLSX, " + matrix.rows().size() + " personer, " + matrix.columns().size() + " kompetanser");
        String name = "kompetansematrise-" + matrix.unit().code().replaceAll("[^A-Za-z0-9_-]", "") + "-" + today
                + ".xlsx";
        return new Workbook(name, content);
    }

    private byte[] render(UnitMatrix matrix, LocalDate today) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(text("competence.matrix.export.sheet"));
            int last = matrix.columns().size() + 1;
            sheet.setColumnWidth(0, 30 * 256);
            for (int c = 1; c < last; c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            sheet.setColumnWidth(last, 10 * 256);
            Row title = sheet.createRow(0);
            cell(title, 0, text("competence.matrix.title", matrix.unit().name()), styles.title);
            Row date = sheet.createRow(1);
            cell(date, 0, text("competence.matrix.export.date", NorwegianTime.date(today), matrix.unit().organisationName(),
                    matrix.rows().size(), matrix.columns().size()), null);

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(48);
            cell(header, 0, text("person.name"), styles.header);
            for (int c = 0; c < matrix.columns().size(); c++) {
                cell(header, c + 1, matrix.columns().get(c).name(), styles.header);
            }
            cell(header, last, text("competence.matrix.gaps"), styles.header);

            int r = HEADER_ROW + 1;
            for (UnitMatrix.Row row : matrix.rows()) {
                Row line = sheet.createRow(r++);
                cell(line, 0, row.person().lastName() + ", " + row.person().firstName(), styles.plain);
                for (int c = 0; c < matrix.columns().size(); c++) {
                    GapLine gap = row.cell(matrix.columns().get(c));
                    if (gap == null) {
                        cell(line, c + 1, text("competence.matrix.notRequired"), styles.plain);
                    }
                    else {
                        cell(line, c + 1, cellText(gap, today), styles.status.get(gap.status()));
                    }
                }
                line.createCell(last).setCellValue(row.gaps());
                line.getCell(last).setCellStyle(styles.plain);
            }
            Row coverage = sheet.createRow(r);
            cell(coverage, 0, text("competence.matrix.coverage"), styles.header);
            for (int c = 0; c < matrix.columns().size(); c++) {
                CompetenceView column = matrix.columns().get(c);
                String value = text("competence.matrix.coverageValue", matrix.coverage(column),
                        matrix.requiredCount(column));
                cell(coverage, c + 1, matrix.coverage(column) < 2
                        ? value + " – " + text("competence.matrix.vulnerable") : value, styles.plain);
            }
            sheet.createFreezePane(1, HEADER_ROW + 1);
            if (!matrix.rows().isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, last));
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, last));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The status first, as on the page; then the levels and, for what must be renewed, when it runs out. */
    private String cellText(GapLine gap, LocalDate today) {
        String status = text(gap.status().labelKey());
        String text = gap.level() == null ? text("competence.matrix.export.cellNoLevel", status, gap.requiredLevel())
                : text("competence.matrix.export.cell", status, gap.level(), gap.requiredLevel());
        if (gap.expiresOn() != null) {
            text += " – " + text(gap.expiresSoon(today) ? "competence.gap.expiresSoon" : "competence.gap.expiresOn",
                    NorwegianTime.date(gap.expiresOn()));
        }
        return text;
    }

    private static void cell(Row row, int column, String value, @Nullable CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }

    private static final class Styles {

        final CellStyle title;

        final CellStyle header;

        final CellStyle plain;

        final Map<GapStatus, CellStyle> status = new EnumMap<>(GapStatus.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            plain = bordered(workbook);
            for (GapStatus each : GapStatus.values()) {
                XSSFCellStyle style = (XSSFCellStyle) bordered(workbook);
                style.setFillForegroundColor(new XSSFColor(hex(FILLS.get(each.badgeClass())), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                status.put(each, style);
            }
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            return style;
        }

        private static byte[] hex(String rgb) {
            return new byte[] { (byte) Integer.parseInt(rgb.substring(0, 2), 16),
                    (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16) };
        }

    }

}
