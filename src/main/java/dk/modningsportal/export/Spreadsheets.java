package dk.modningsportal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Exports as spreadsheets: CSV for Excel and XLSX workbooks, written row by row from the owning modules' queries. */
public final class Spreadsheets {

    /** A sheet: its name, column headers, and its rows fed to a consumer as they are read. */
    public record Table(String name, List<String> header, Consumer<Consumer<List<Object>>> rows) {
    }

    private Spreadsheets() {
    }

    /** One table as CSV for Excel: semicolons, UTF-8 with a byte-order mark, cells as the reader reads them. */
    public static byte[] csv(Table table, ReadableCells cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A byte order mark so that Excel opens the Danish letters correctly.
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';')
                        .setHeader(table.header().toArray(String[]::new)).get().print(writer)) {
            table.rows().accept(row -> {
                try {
                    printer.printRecord(row.stream().map(cells::text).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Tables as the sheets of one workbook, streamed (only a window of rows in memory); counts stay numbers. */
    public static byte[] xlsx(List<Table> tables, ReadableCells cells) {
        // Streaming workbook: only a window of rows is kept in memory while writing.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    header.createCell(i).setCellValue(table.header().get(i));
                }
                int[] next = {1};
                table.rows().accept(values -> {
                    Row row = sheet.createRow(next[0]++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(i).setCellValue(cells.text(value));
                        }
                    }
                });
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
