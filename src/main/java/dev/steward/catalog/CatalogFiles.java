package dev.steward.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reading files the user hands in (bounded: size, nesting, string length) and writing files atomically. */
final class CatalogFiles {

    /** Far above any real catalog (NIST SP 800-53 in OSCAL is ~10 MB), far below trouble. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final ObjectMapper BOUNDED = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(1_000_000).build()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogFiles() {
    }

    static Optional<JsonNode> readBounded(Path file, Problems problems) {
        try {
            if (!Files.isRegularFile(file)) {
                problems.add("", "no such file");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add("", "file too large (" + size / (1024 * 1024) + " MB; at most " + MAX_BYTES / (1024 * 1024) + " MB)");
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add("", "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        return new JsonSource(problems.file(), () -> Files.newInputStream(file)).read(problems, BOUNDED);
    }

    /** Writes through a temporary file beside the target, so the target is either old or new, never half. */
    static void writeAtomically(Path target, JsonNode json) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".writing");
        try {
            PRETTY.writeValue(temp.toFile(), json);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
