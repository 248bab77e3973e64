package dev.steward.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.app.RiskLibrary;
import dev.steward.app.ThreatCatalog;
import dev.steward.domain.suggest.RiskTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the suggestion library from templates/risk-library.json and checks that every threat it
 * cites exists in the shipped catalogs and every key is unique, naming the entry that is wrong.
 */
public final class JsonRiskLibrary implements RiskLibrary {
    static final String RESOURCE = "/templates/risk-library.json";

    private record LibraryFile(String about, List<RiskTemplate> templates) {
    }

    private final ThreatCatalog threats;
    private volatile List<RiskTemplate> templates;

    public JsonRiskLibrary(ThreatCatalog threats) {
        this.threats = threats;
    }

    @Override
    public List<RiskTemplate> templates() {
        if (templates == null) {
            synchronized (this) {
                if (templates == null) templates = read(RESOURCE);
            }
        }
        return templates;
    }

    List<RiskTemplate> read(String resource) {
        List<RiskTemplate> list;
        try (InputStream in = JsonRiskLibrary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the risk library " + resource + " is missing from the application");
            ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            list = List.copyOf(mapper.readValue(in, LibraryFile.class).templates());
        } catch (IOException e) {
            throw new IllegalStateException("the risk library " + resource + " cannot be read: " + e.getMessage(), e);
        }
        Set<String> known = threats.threats().stream().map(dev.steward.app.Threat::ref).collect(Collectors.toSet());
        Set<String> keys = new HashSet<>();
        for (RiskTemplate t : list) {
            if (!keys.add(t.key())) throw new IllegalStateException(resource + ": template key '" + t.key() + "' appears twice");
            for (String ref : t.threatRefs()) {
                if (!known.contains(ref)) {
                    throw new IllegalStateException(resource + ": template '" + t.key() + "' cites unknown threat '" + ref + "'");
                }
            }
        }
        return list;
    }
}
