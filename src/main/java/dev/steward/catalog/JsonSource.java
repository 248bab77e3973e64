package dev.steward.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A JSON document to read, named the way problems should name it. */
record JsonSource(String label, Opener opener) {

    /** Opens the document's bytes; a directory file or a classpath resource. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Parses the document; on failure reports one problem (with line and column when known). */
    Optional<JsonNode> read(Problems problems) {
        return read(problems, MAPPER);
    }

    /** As {@link #read(Problems)}, with a mapper that may set limits (files from users). */
    Optional<JsonNode> read(Problems problems, ObjectMapper mapper) {
        try (InputStream in = opener.open()) {
            if (in == null) {
                problems.add("", "file not found");
                return Optional.empty();
            }
            JsonNode node = mapper.readTree(in);
            if (node == null || node.isMissingNode()) {
                problems.add("", "empty file");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            problems.add("", "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add("", "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
