package no.fagflyt.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An HR export of the shape that once took 17 s and 2 GB of heap to read: about 1.7 MB as XLSX and about 60 MB
 * unpacked, with shared strings, real date cells and numbers, as Excel saves it. Also runnable: it writes the file,
 * reads it with {@link TabularFileReader} and prints the time, the peak heap in use and the number of rows (the
 * benchmark in docs/benchmarks.md, and the bounded-heap check in {@code TabularFileReaderTests}).
 */
public final class LargeEmployeeWorkbook {

    /** Rows that give about 60 MB of sheet XML. */
    public static final int ROWS = 120_000;

    private static final String[] FIRST = { "Kari", "Ola", "Åse", "Per", "Ingrid", "Lars", "Sigrid", "Knut" };

    private static final String[] LAST = { "Nordmann", "Ødegård", "Berg", "Hansen", "Lie", "Dahl", "Bakke" };

    private static final String[] UNITS = { "MED", "KIR", "BUP", "PSYK", "AKUTT" };

    private LargeEmployeeWorkbook() {
    }

    public static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Ansatte");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            String[] headers = { "Ansattnummer", "Fornavn", "Etternavn", "Yrkesgruppe", "Stillingstittel", "Enhetskode",
                    "Stillingsprosent", "Startdato", "Sluttdato", "HPR-nummer", "E-post", "Arbeidssted", "Kostnadssted",
                    "Lønnstrinn" };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(100000 + r);
                row.createCell(1).setCellValue(FIRST[r % FIRST.length]);
                row.createCell(2).setCellValue(LAST[r % LAST.length]);
                row.createCell(3).setCellValue("Helsesekretær");
                row.createCell(4).setCellValue("Helsesekretær poliklinikk");
                row.createCell(5).setCellValue(UNITS[r % UNITS.length]);
                row.createCell(6).setCellValue(r % 3 == 0 ? 80 : 100);
                row.createCell(7).setCellValue(LocalDate.of(2000, 1, 1).plusDays(r % 20));
                row.getCell(7).setCellStyle(date);
                row.createCell(8).setCellValue("");
                row.createCell(9).setCellValue("");
                row.createCell(10).setCellValue("");
                row.createCell(11).setCellValue("Sykehuset i Vestfold, Tønsberg");
                row.createCell(12).setCellValue(4000 + r % 40);
                row.createCell(13).setCellValue(40 + r % 30);
            }
            workbook.write(out);
        }
    }

    /** Bytes of all entries of the zip once unpacked. */
    public static long unpackedSize(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().mapToLong(entry -> entry.getSize()).sum();
        }
    }

    /** {@code java ... LargeEmployeeWorkbook <file>}: writes the file unless it exists, then reads it and reports. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/large-employees.xlsx");
        if (!Files.exists(file)) {
            write(file, ROWS);
        }
        byte[] content = Files.readAllBytes(file);
        System.gc();
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean();
        long baseline = heap.getHeapMemoryUsage().getUsed();
        long[] peak = { baseline };
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], heap.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        TabularFile table = new TabularFileReader().read(file.getFileName().toString(), content);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        System.out.printf("file %.1f MB, unpacked %.1f MB, %d rows, read in %d ms, peak heap in use %d MB (baseline %d MB)%n",
                content.length / 1e6, unpackedSize(file) / 1e6, table.rows().size(), millis, peak[0] >> 20,
                baseline >> 20);
        TabularFile.Row first = table.rows().get(0);
        TabularFile.Row last = table.rows().get(table.rows().size() - 1);
        System.out.println("first " + first.line() + " " + first.values().values());
        System.out.println("last " + last.line() + " " + last.values().values());
    }

}
