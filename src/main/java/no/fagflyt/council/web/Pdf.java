package no.fagflyt.council.web;

import java.io.ByteArrayOutputStream;
import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A plain A4 document in Helvetica with the WinAnsi encoding, which covers æ, ø, å, dashes and
 * guillemets without embedding a font. Just the few building blocks the council's PDFs need.
 */
final class Pdf {

    private static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 16);

    private static final Font HEADING = font(BaseFont.HELVETICA_BOLD, 12);

    private static final Font LABEL = font(BaseFont.HELVETICA_BOLD, 10);

    private static final Font TEXT = font(BaseFont.HELVETICA, 10);

    private static final Font SMALL = font(BaseFont.HELVETICA, 8);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    Pdf(String title) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // Text only and no embedded font, so the files are small anyway; uncompressed they stay plain text
        // that tools (and our tests) can read without inflating streams.
        writer.setCompressionLevel(0);
        document.addTitle(title);
        document.open();
        add(new Paragraph(title, TITLE));
    }

    private static Font font(String name, float size) {
        return FontFactory.getFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, Color.BLACK);
    }

    Pdf heading(String text) {
        Paragraph paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    Pdf text(String text) {
        Paragraph paragraph = new Paragraph(text, TEXT);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    Pdf small(String text) {
        return add(new Paragraph(text, SMALL));
    }

    Pdf labelled(String label, String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", LABEL));
        paragraph.add(new Chunk(text, TEXT));
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    Pdf bullets(List<String> lines) {
        for (String line : lines) {
            Paragraph paragraph = new Paragraph("• " + line, TEXT);
            paragraph.setIndentationLeft(12);
            add(paragraph);
        }
        return this;
    }

    /** A table with a header row; numbers are right-aligned when the column says so. */
    Pdf table(List<String> header, List<List<String>> rows, boolean[] numeric) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        // Text columns get room for the long Norwegian words; numbers need little.
        float[] widths = new float[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = numeric[i] ? 1f : 3f;
        }
        table.setWidths(widths);
        for (int i = 0; i < header.size(); i++) {
            table.addCell(cell(header.get(i), LABEL, numeric[i]));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), TEXT, numeric[i]));
            }
        }
        document.add(table);
        return this;
    }

    private static PdfPCell cell(String text, Font font, boolean numeric) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private Pdf add(Element element) {
        document.add(element);
        return this;
    }

    byte[] bytes() {
        document.close();
        return out.toByteArray();
    }

}
