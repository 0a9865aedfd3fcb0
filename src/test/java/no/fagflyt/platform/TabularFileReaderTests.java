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

}
