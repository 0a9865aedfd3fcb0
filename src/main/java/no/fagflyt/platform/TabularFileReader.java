package no.fagflyt.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;

/**
 * Reads spreadsheets the way Norwegian offices produce them: CSV from Excel (semicolon, Windows-1252,
 * sometimes a BOM), CSV from other systems (comma, UTF-8) and XLSX. Dates in XLSX come out as dd.MM.yyyy
 * and decimals with a comma, so callers parse one textual form whatever the source.
 */
@Component
public class TabularFileReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public TabularFile read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new TabularFileException("Filen er tom.");
        }
        if (isZip(content)) {
            return readXlsx(fileName, content);
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls") || lower.endsWith(".xlsx")) {
            throw new TabularFileException("Filen ser ikke ut som et Excel-ark (.xlsx). Lagre den som .xlsx eller CSV.");
        }
        return readCsv(fileName, content);
    }

    TabularFile readCsv(String fileName, byte[] content) {
        String text = decode(content);
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            int headerIndex = firstNonBlank(records);
            if (headerIndex < 0) {
                throw new TabularFileException("Filen inneholder ingen rader.");
            }
            List<String> headers = records.get(headerIndex).toList();
            List<TabularFile.Row> rows = new ArrayList<>();
            // A quoted cell may span lines, so the record index is not the line number the person sees.
            int line = 1;
            int scanned = 0;
            for (int i = headerIndex + 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                int start = (int) Math.min(record.getCharacterPosition(), text.length());
                line += newlines(text, scanned, start);
                scanned = start;
                rows.add(row(line, headers, record.toList()));
            }
            return new TabularFile(fileName, headers, dropTrailingBlank(rows));
        }
        catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
            throw new TabularFileException("CSV-filen kunne ikke leses: " + ex.getMessage(), ex);
        }
    }

    TabularFile readXlsx(String fileName, byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new TabularFileException("Excel-filen har ingen ark.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(NORWEGIAN);
            // Show what Excel shows for a formula (its last result), not the formula text.
            formatter.setUseCachedValuesForFormulaCells(true);
            List<String> headers = null;
            List<TabularFile.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), 0);
                for (int c = 0; c < last; c++) {
                    cells.add(cellText(row.getCell(c), formatter));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                    continue;
                }
                rows.add(row(row.getRowNum() + 1, headers, cells));
            }
            if (headers == null) {
                throw new TabularFileException("Excel-arket inneholder ingen rader.");
            }
            return new TabularFile(fileName, headers, dropTrailingBlank(rows));
        }
        catch (IOException | RuntimeException ex) {
            if (ex instanceof TabularFileException tabular) {
                throw tabular;
            }
            throw new TabularFileException("Excel-filen kunne ikke leses. Er den skadet eller passordbeskyttet?", ex);
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(NORWEGIAN_DATE);
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** A row of the file; a cell with a control character (often NUL from a broken export) refuses the file. */
    private static TabularFile.Row row(int line, List<String> headers, List<String> cells) {
        if (cells.stream().anyMatch(PlainText::hasControlCharacter)) {
            throw new TabularFileException("Linje " + line + " inneholder kontrolltegn (usynlige tegn som ikke kan "
                    + "lagres). Fjern dem, lagre filen på nytt og last den opp igjen.");
        }
        return new TabularFile.Row(line, toMap(headers, cells));
    }

    private static Map<String, String> toMap(List<String> headers, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = TabularFile.normalise(headers.get(i));
            if (!key.isEmpty() && !values.containsKey(key)) {
                values.put(key, i < cells.size() ? cells.get(i).strip() : "");
            }
        }
        return values;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int firstNonBlank(List<CSVRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).stream().anyMatch(cell -> !cell.isBlank())) {
                return i;
            }
        }
        return -1;
    }

    private static List<TabularFile.Row> dropTrailingBlank(List<TabularFile.Row> rows) {
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM); otherwise what Excel writes in Norway. */
    static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, WINDOWS_1252);
        }
    }

    /** The separator that splits the header line into the most columns, outside quotes. */
    static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ';';
        int bestCount = -1;
        for (char candidate : new char[] { ';', ',', '\t' }) {
            int count = 0;
            boolean quoted = false;
            for (char ch : header.toCharArray()) {
                if (ch == '"') {
                    quoted = !quoted;
                }
                else if (ch == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

}
