package dev.steward.app.pack;

import dev.steward.app.TaskRunner;

import java.io.IOException;
import java.nio.file.Path;

/** The file formats of an audit pack; the export adapter implements them (POI, OpenPDF, Jackson). */
public interface AuditPackWriter {

    void writeWorkbook(AuditPackContent content, Path file, TaskRunner.Progress progress) throws IOException;

    void writeSummaryPdf(AuditPackContent content, Path file, TaskRunner.Progress progress) throws IOException;

    void writeManifest(Manifest manifest, Path file) throws IOException;
}
