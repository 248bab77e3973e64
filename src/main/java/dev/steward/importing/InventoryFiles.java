package dev.steward.importing;

import dev.steward.app.inventory.InventoryReader;
import dev.steward.app.inventory.RawTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a discovery file by what it is: an XLSX workbook (a zip, first sheet) or CSV text. Files
 * above {@link #MAX_BYTES} are refused before reading, so an oversized file costs nothing.
 */
public final class InventoryFiles implements InventoryReader {
    /** An inventory of even 100,000 tools is a few megabytes; anything near this is not one. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final CsvInventoryReader csv = new CsvInventoryReader();
    /** Made on the first workbook: POI's set-up (and its logging's) is not worth paying at start-up. */
    private XlsxInventoryReader xlsx;

    @Override
    public RawTable read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException(name + ": no such file");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(name + ": the file is " + size / (1024 * 1024) + " MB; an agent inventory may be at most "
                        + MAX_BYTES / (1024 * 1024) + " MB");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xls")) {
                throw new IllegalArgumentException(name + ": the old .xls format is not read; save it as .xlsx or CSV");
            }
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || startsLikeZip(file)) return xlsx().read(file, name);
            return csv.read(file, name);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private synchronized XlsxInventoryReader xlsx() {
        if (xlsx == null) xlsx = new XlsxInventoryReader();
        return xlsx;
    }

    private static boolean startsLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
