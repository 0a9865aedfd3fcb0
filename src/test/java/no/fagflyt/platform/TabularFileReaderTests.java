package no.fagflyt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularFileReaderTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final TabularFileReader reader = new TabularFileReader();

    @Test
    void readsWindows1252WithSemicolonsAsNorwegianExcelSavesIt() {
        byte[] content = "Ansattnummer;Fornavn;Etternavn;Stillingsprosent\r\n1001;Kåre;Ødegård;50,5\r\n"
            .getBytes(WINDOWS_1252);

        TabularFile file = reader.read("ansatte.csv", content);

        assertThat(file.headers()).containsExactly("Ansattnummer", "Fornavn", "Etternavn", "Stillingsprosent");
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("Fornavn")).contains("Kåre");
            assertThat(row.get("Etternavn")).contains("Ødegård");
            assertThat(row.get("Stillingsprosent")).contains("50,5");
        });
    }

    @Test
    void aCellWithANulByteRefusesTheFileNamingItsLine() {
        byte[] content = "Ansattnummer;Etternavn\r\n1001;Berg\r\n1002;Ber\u0000g\r\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("ansatte.csv", content))
            .isInstanceOf(TabularFileException.class)
            .hasMessageContaining("Linje 3")
            .hasMessageContaining("kontrolltegn");
    }

    @Test
    void readsUtf8WithByteOrderMarkAndSemicolons() {
        byte[] text = "Ansattnummer;Etternavn\r\n1001;Ødegård\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, content, 0, BOM.length);
        System.arraycopy(text, 0, content, BOM.length, text.length);

        TabularFile file = reader.read("ansatte.csv", content);

        assertThat(file.headers().get(0)).isEqualTo("Ansattnummer");
        assertThat(file.hasColumn("ansatt-nummer")).isTrue();
        assertThat(file.rows().get(0).get("Etternavn")).contains("Ødegård");
    }

    @Test
    void readsUtf8WithoutByteOrderMarkWithCommasAndQuotedFields() {
        byte[] content = ("Ansattnummer,Stillingstittel,Etternavn\n"
                + "1001,\"Sekretær, poliklinikk\",\"Ødegård \"\"Kari\"\"\"\n" + "1002,Portør,Berg\n").getBytes(StandardCharsets.UTF_8);

        TabularFile file = reader.read("ansatte.csv", content);

        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).get("Stillingstittel")).contains("Sekretær, poliklinikk");
        assertThat(file.rows().get(0).get("Etternavn")).contains("Ødegård \"Kari\"");
        assertThat(file.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void countsLinesAsAnEditorDoesWhenAQuotedCellSpansLines() {
        byte[] content = "Ansattnummer;Merknad\n1001;\"første linje\nandre linje\"\n\n1002;kort\n"
            .getBytes(StandardCharsets.UTF_8);

        TabularFile file = reader.read("ansatte.csv", content);

        assertThat(file.rows()).extracting(TabularFile.Row::line).containsExactly(2, 5);
        assertThat(file.rows().get(0).get("Merknad")).contains("første linje\nandre linje");
    }

    @Test
    void readsXlsxWithRealDateCellsNumbersAndFormulas() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ansatte");
            Row header = sheet.createRow(0);
            String[] headers = { "Ansattnummer", "Startdato", "Stillingsprosent", "Andel", "Beregnet" };
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d.m.yyyy"));
            CellStyle percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1001);
            row.createCell(1).setCellValue(LocalDate.of(2024, 9, 1));
            row.getCell(1).setCellStyle(dateStyle);
            row.createCell(2).setCellValue(50.5);
            row.createCell(3).setCellValue(0.8);
            row.getCell(3).setCellStyle(percentStyle);
            row.createCell(4).setCellFormula("40*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            content = out.toByteArray();
        }

        TabularFile file = reader.read("ansatte.xlsx", content);

        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("Ansattnummer")).contains("1001");
            assertThat(row.get("Startdato")).contains("01.09.2024");
            assertThat(row.get("Stillingsprosent")).contains("50,5");
            assertThat(row.get("Andel")).hasValueSatisfying(value -> assertThat(value).startsWith("80"));
            assertThat(row.get("Beregnet")).contains("80");
        });
    }

    @Test
    void refusesAnEmptyFileAndAFakeExcelFileInNorwegian() {
        assertThatThrownBy(() -> reader.read("tom.csv", new byte[0])).isInstanceOf(TabularFileException.class)
            .hasMessage("Filen er tom.");
        assertThatThrownBy(() -> reader.read("ansatte.xlsx", "ikke excel".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(TabularFileException.class)
            .hasMessageContaining(".xlsx");
    }


    @Test
    void readsUtf16WithAndWithoutByteOrderMarkAsExcelSavesUnicodeText() {
        String text = "Ansattnummer\tEtternavn\r\n1001\tØdegård\r\n";
        byte[] littleEndian = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[littleEndian.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(littleEndian, 0, withBom, 2, littleEndian.length);

        for (byte[] content : new byte[][] { withBom, littleEndian, text.getBytes(StandardCharsets.UTF_16) }) {
            TabularFile file = reader.read("ansatte.txt", content);
            assertThat(file.headers()).containsExactly("Ansattnummer", "Etternavn");
            assertThat(file.rows()).singleElement()
                .satisfies(row -> assertThat(row.get("Etternavn")).contains("Ødegård"));
        }
    }

    @Test
    void refusesATruncatedUtf16FileAndBinaryDataAsSuch() {
        byte[] utf16 = "Ansattnummer;Etternavn\r\n1001;Berg\r\n".getBytes(StandardCharsets.UTF_16);
        byte[] truncated = java.util.Arrays.copyOf(utf16, utf16.length - 1);
        assertThatThrownBy(() -> reader.read("ansatte.csv", truncated)).isInstanceOf(TabularFileException.class)
            .hasMessage(TabularFileReader.BAD_UTF16);

        byte[] random = new byte[5000];
        new java.util.Random(42).nextBytes(random);
        assertThatThrownBy(() -> reader.read("ansatte.csv", random)).isInstanceOf(TabularFileException.class)
            .hasMessage(TabularFileReader.BINARY);
    }

    @Test
    void brokenFilesGetANorwegianMessageWithoutLibraryNames() throws Exception {
        byte[] xlsx = workbook(10);
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] random = new byte[3000];
        new java.util.Random(7).nextBytes(random);
        random[0] = 'P';
        random[1] = 'K';
        random[2] = 3;
        random[3] = 4;
        var files = new java.util.LinkedHashMap<String, byte[]>();
        files.put("avkortet.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        files.put("rapport.xlsx", pdf);
        files.put("rapport.csv", pdf);
        files.put("tilfeldig.xlsx", random);
        files.put("kryptert.xlsx", encrypted(xlsx));
        files.put("ulukket.csv", "Ansattnummer;Etternavn\n1001;\"Berg\"x;\n".getBytes(StandardCharsets.UTF_8));

        files.forEach((name, content) -> {
            String message;
            try {
                TabularFile file = reader.read(name, content);
                message = "lest: " + file.headers();
            }
            catch (TabularFileException ex) {
                message = ex.getMessage();
            }
            assertThat(message).as(name)
                .doesNotContainPattern("[A-Z][a-z]+(Exception|Error)|org\\.apache|java\\.")
                .matches(m -> !m.startsWith("lest") || name.equals("rapport.csv"), "refused");
        });
        assertThatThrownBy(() -> reader.read("kryptert.xlsx", encrypted(xlsx))).hasMessage(TabularFileReader.OLE2);
        assertThatThrownBy(() -> reader.read("avkortet.xlsx", files.get("avkortet.xlsx")))
            .hasMessage(TabularFileReader.UNREADABLE_XLSX);
        assertThatThrownBy(() -> reader.read("ulukket.csv", files.get("ulukket.csv")))
            .hasMessageStartingWith("CSV-filen kunne ikke leses fra linje 2:");
    }

    @Test
    void aZipBombIsRefusedInNorwegian() throws IOException {
        // The sheet is padded with 30 MB of spaces, which deflate about a thousand to one.
        byte[] bomb = replaceEntry(workbook(1), "xl/worksheets/sheet1.xml", sheet -> sheet.replace("<sheetData>",
                "<sheetData>" + " ".repeat(30_000_000)));

        assertThatThrownBy(() -> reader.read("ansatte.xlsx", bomb)).isInstanceOf(TabularFileException.class)
            .hasMessage(TabularFileReader.ZIP_BOMB);
    }

    /**
     * The export that once took 2 GB of heap is read in a separate JVM limited to 256 MB; this only passes
     * when the rows are streamed. How long it takes is measured by the benchmark in docs/benchmarks.md.
     */
    @Test
    void aLargeExportIsReadCorrectlyWithinABoundedHeap(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // A third of the benchmark's file (docs/benchmarks.md): 20 MB unpacked, which the old whole-workbook
        // reader needed some 600 MB of heap for; the streaming reader must manage in 128 MB.
        int rows = LargeEmployeeWorkbook.ROWS / 3;
        java.nio.file.Path file = dir.resolve("stor.xlsx");
        LargeEmployeeWorkbook.write(file, rows);
        assertThat(LargeEmployeeWorkbook.unpackedSize(file)).isGreaterThan(18_000_000L);

        Process child = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), LargeEmployeeWorkbook.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output).contains(rows + " rows")
            .contains("first 2 [100001, Ola, Ødegård, Helsesekretær, Helsesekretær poliklinikk, KIR, 100, 02.01.2000,")
            .contains("last " + (rows + 1) + " [" + (100000 + rows) + ",");
    }

    private static byte[] workbook(int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ansatte");
            sheet.createRow(0).createCell(0).setCellValue("Ansattnummer");
            for (int i = 1; i <= rows; i++) {
                sheet.createRow(i).createCell(0).setCellValue(1000 + i);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemmelig");
            try (var stream = encryptor.getDataStream(fs)) {
                stream.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
                var rewritten = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

}
