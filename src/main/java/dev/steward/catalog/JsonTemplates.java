package dev.steward.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.steward.app.TemplateSource;
import dev.steward.domain.RegisterContent;
import dev.steward.domain.RiskCategory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads the JSON templates packaged from templates/ (taxonomy and demo register) off the classpath. */
public final class JsonTemplates implements TemplateSource {
    private static ObjectMapper mapper() {
        // Built on use, not at construction: Jackson's start-up is paid only by commands that read templates.
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The taxonomy file's shape: {"categories": [...]} plus provenance fields that are only read by people. */
    private record TaxonomyFile(String about, List<RiskCategory> categories) {
    }

    @Override
    public List<RiskCategory> taxonomy() {
        return read("/templates/taxonomy.json", TaxonomyFile.class).categories();
    }

    @Override
    public RegisterContent demoRegister() {
        return read("/templates/demo-register.json", RegisterContent.class);
    }

    @Override
    public dev.steward.domain.roadmap.RoadmapTemplate roadmapTemplate() {
        return read("/templates/roadmap.json", dev.steward.domain.roadmap.RoadmapTemplate.class);
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = JsonTemplates.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the template " + resource + " is missing from the application");
            return mapper().readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("the template " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
