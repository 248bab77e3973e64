package dev.steward.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.steward.app.TaskRunner;
import dev.steward.app.pack.AuditPackContent;
import dev.steward.app.pack.AuditPackWriter;
import dev.steward.app.pack.Manifest;
import dev.steward.export.pdf.ExecutiveSummaryPdf;
import dev.steward.export.xlsx.XlsxWorkbookWriter;

import java.io.IOException;
import java.nio.file.Path;

/** The audit pack's three formats: the POI workbook, the OpenPDF summary and the JSON manifest. */
public final class AuditPackFiles implements AuditPackWriter {

    @Override
    public void writeWorkbook(AuditPackContent content, Path file, TaskRunner.Progress progress) throws IOException {
        new XlsxWorkbookWriter().write(content, file, progress);
    }

    @Override
    public void writeSummaryPdf(AuditPackContent content, Path file, TaskRunner.Progress progress) throws IOException {
        new ExecutiveSummaryPdf().write(content, file);
    }

    @Override
    public void writeManifest(Manifest manifest, Path file) throws IOException {
        new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), manifest);
    }
}
