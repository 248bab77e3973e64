package dev.steward.importing;

import dev.steward.app.inventory.RawTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets and CASB consoles write it: UTF-8 with or without a byte-order mark, comma
 * or semicolon separated (whichever the header uses more), quoted fields that may hold newlines.
 * Row numbers count records, the header being row 1, so a quoted newline does not shift them.
 */
final class CsvInventoryReader {

    RawTable read(Path file, String name) throws IOException {
        String text = utf8(Files.readAllBytes(file), name);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new IllegalArgumentException(name + ": the file is empty (expected a header row with a name column)");
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> header = null;
        List<RawTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new RawTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(name + ": not valid CSV: " + rootMessage(e), e);
        }
        return new RawTable(header, rows);
    }

    /** Semicolon when the first record has more semicolons than commas outside quotes (European Excel); else comma. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String utf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + ": not UTF-8 text; save the file as CSV UTF-8 or as .xlsx");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }
}
