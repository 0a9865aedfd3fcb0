package no.fagflyt.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads spreadsheets the way Norwegian offices produce them: CSV from Excel (semicolon, Windows-1252,
 * sometimes a BOM, or UTF-16 when saved as "Unicode text"), CSV from other systems (comma, UTF-8) and XLSX. Dates
 * in XLSX come out as dd.MM.yyyy and decimals with a comma, so callers parse one textual form whatever the source.
 *
 * <p>XLSX is read as a stream of rows (POI's SAX event API over the zip file), never as a whole workbook in
 * memory, so a large export costs about what its cell values take. Every refusal is a Norwegian sentence for
 * the user; what the libraries said goes to the cause only.
 */
@Component
public class TabularFileReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final String UNREADABLE_XLSX = "Excel-filen kunne ikke leses. Er den skadet eller passordbeskyttet?";

    static final String ZIP_BOMB = "Excel-filen pakker seg ut til langt mer enn filstørrelsen tilsier, og leses "
            + "derfor ikke. Lagre arket på nytt fra Excel, eller som CSV.";

    static final String OLE2 = "Filen er et passordbeskyttet Excel-ark eller i det gamle .xls-formatet. Fjern "
            + "passordet og lagre den som Excel-arbeidsbok (.xlsx) eller CSV.";

    static final String BINARY = "Filen inneholder binære data og er ikke en CSV-fil. Lagre den som CSV (UTF-8) "
            + "eller Excel-arbeidsbok (.xlsx).";

    private static final int BINARY_NULS = 8;

    static final String BAD_UTF16 = "Filen er lagret som UTF-16 (Unicode-tekst), men er ufullstendig eller har "
            + "ugyldige tegn. Lagre den på nytt som CSV (UTF-8).";

    public TabularFile read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new TabularFileException("Filen er tom.");
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return readXlsx(fileName, content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new TabularFileException(OLE2);
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls") || lower.endsWith(".xlsx")) {
            throw new TabularFileException("Filen ser ikke ut som et Excel-ark (.xlsx). Lagre den som .xlsx eller CSV.");
        }
        return readCsv(fileName, content);
    }

    TabularFile readCsv(String fileName, byte[] content) {
        String text = decode(content);
        // A stray NUL is a broken cell, refused with its line below; many of them mean the file is no text.
        if (text.chars().filter(c -> c == 0).limit(BINARY_NULS).count() >= BINARY_NULS) {
            throw new TabularFileException(BINARY);
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();
        Table table = new Table();
        // A quoted cell may span lines, so the record index is not the line number the person sees.
        int line = 1;
        int scanned = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            try {
                for (CSVRecord record : parser) {
                    int start = (int) Math.min(record.getCharacterPosition(), text.length());
                    line += newlines(text, scanned, start);
                    scanned = start;
                    table.add(line, record.toList());
                }
            }
            catch (UncheckedIOException | IllegalStateException ex) {
                // The record after the last one read is the broken one.
                int broken = scanned == 0 && table.isEmpty() ? 1 : line + 1;
                throw new TabularFileException("CSV-filen kunne ikke leses fra linje " + broken
                        + ": et anførselstegn står feil eller er ikke lukket.", ex);
            }
        }
        catch (IOException ex) {
            throw new TabularFileException("CSV-filen kunne ikke leses.", ex);
        }
        return table.build(fileName, "Filen inneholder ingen rader.");
    }

    TabularFile readXlsx(String fileName, byte[] content) {
        Path copy = null;
        try {
            // From a file POI inflates one zip entry at a time as it is read, and guards each against zip bombs.
            copy = Files.createTempFile("fagflyt-upload-", ".xlsx");
            Files.write(copy, content);
            try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader parts = new XSSFReader(workbook);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) parts.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new TabularFileException("Excel-filen har ingen ark.");
                }
                Table table = new Table();
                var handler = new XSSFSheetXMLHandler(parts.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook, false), new SheetRows(table), new NorwegianFormatter(),
                        false);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    parser.parse(new InputSource(sheet));
                }
                return table.build(fileName, "Excel-arket inneholder ingen rader.");
            }
        }
        catch (TabularFileException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new TabularFileException(isZipBomb(ex) ? ZIP_BOMB : UNREADABLE_XLSX, ex);
        }
        finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                }
                catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** POI refuses an entry that inflates beyond its ratio or size limits with an IOException saying so. */
    private static boolean isZipBomb(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE"))) {
                return true;
            }
        }
        return false;
    }

    /** Shows what Excel shows: formatted numbers in Norwegian, dates as dd.MM.yyyy, a formula's last result. */
    private static final class NorwegianFormatter extends DataFormatter {

        NorwegianFormatter() {
            super(NorwegianTexts.BOKMAL);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return NorwegianTime.date(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }

    }

    /** Collects the cells of each row POI reports, filling the gaps of cells Excel did not write. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Table table;

        private final List<String> cells = new ArrayList<>();

        SheetRows(Table table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            table.add(rowNum + 1, cells);
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

    }

    /**
     * The rows of a file as they arrive: the first non-blank row is the header, blank rows are left out, and
     * each row keeps its values in one array indexed by the shared header positions. Repeated values (units,
     * titles, dates) are stored once per file.
     */
    private static final class Table {

        private @Nullable List<String> headers;

        private final Map<String, Integer> positions = new LinkedHashMap<>();

        private final Map<String, Integer> slots = new HashMap<>();

        private final Map<String, String> seen = new HashMap<>();

        private final List<TabularFile.Row> rows = new ArrayList<>();

        void add(int line, List<String> cells) {
            if (headers == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return;
                }
                headers = List.copyOf(cells.stream().map(String::strip).toList());
                for (int i = 0; i < headers.size(); i++) {
                    String key = TabularFile.normalise(headers.get(i));
                    if (!key.isEmpty() && positions.putIfAbsent(key, i) == null) {
                        slots.put(key, slots.size());
                    }
                }
                return;
            }
            // A cell with a control character (often NUL from a broken export) refuses the file.
            if (cells.stream().anyMatch(PlainText::hasControlCharacter)) {
                throw new TabularFileException("Linje " + line + " inneholder kontrolltegn (usynlige tegn som ikke "
                        + "kan lagres). Fjern dem, lagre filen på nytt og last den opp igjen.");
            }
            String[] values = new String[positions.size()];
            boolean blank = true;
            int slot = 0;
            for (int position : positions.values()) {
                String value = position < cells.size() ? cells.get(position).strip() : "";
                blank &= value.isEmpty();
                values[slot++] = seen.computeIfAbsent(value, v -> v);
            }
            if (!blank) {
                rows.add(new TabularFile.Row(line, new TabularFile.Cells(slots, values)));
            }
        }

        boolean isEmpty() {
            return headers == null;
        }

        TabularFile build(String fileName, String noRows) {
            if (headers == null) {
                throw new TabularFileException(noRows);
            }
            return new TabularFile(fileName, headers, List.copyOf(rows));
        }

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

    /**
     * The text of a CSV file: UTF-16 when a byte order mark or the pattern of NUL bytes says so (Excel's
     * "Unicode text"), else UTF-8 when the bytes are valid UTF-8 (with or without BOM), else what Excel writes
     * in Norway.
     */
    static String decode(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return strictly(StandardCharsets.UTF_16LE, content, 2);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return strictly(StandardCharsets.UTF_16BE, content, 2);
        }
        Charset utf16 = utf16WithoutBom(content);
        if (utf16 != null) {
            return strictly(utf16, content, 0);
        }
        int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content, offset, content.length - offset))
                .toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(content, offset, content.length - offset, WINDOWS_1252);
        }
    }

    private static String strictly(Charset utf16, byte[] content, int offset) {
        try {
            return decoder(utf16).decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new TabularFileException(BAD_UTF16, ex);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Text in UTF-16 without a byte order mark has a NUL in every other byte as long as it is Latin script: in
     * the odd bytes for little-endian, the even ones for big-endian. Looks at the start of the file only.
     */
    private static @Nullable Charset utf16WithoutBom(byte[] content) {
        int pairs = Math.min(content.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += content[2 * i] == 0 ? 1 : 0;
            oddNuls += content[2 * i + 1] == 0 ? 1 : 0;
        }
        if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls * 10 >= pairs * 7 && oddNuls * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
