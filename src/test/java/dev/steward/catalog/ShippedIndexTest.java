package dev.steward.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** frameworks/index.json must list exactly the shipped files, or the jar would silently miss one. */
class ShippedIndexTest {

    @Test
    void indexListsEveryShippedJsonFile() throws IOException {
        JsonNode index = new ObjectMapper().readTree(Path.of("frameworks/index.json").toFile());
        List<String> listed = new ArrayList<>();
        index.get("catalogs").forEach(n -> listed.add(n.asText()));
        index.get("crosswalks").forEach(n -> listed.add(n.asText()));
        Path dir = Path.of("frameworks");
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> onDisk = files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.json")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }
}
