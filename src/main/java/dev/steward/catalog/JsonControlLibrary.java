package dev.steward.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.app.ControlLibrary;
import dev.steward.app.LibraryControl;
import dev.steward.domain.ControlKind;
import dev.steward.domain.ControlNature;
import dev.steward.domain.Relation;
import dev.steward.domain.TestFrequency;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Reads the shipped control library off the classpath (validated in the build by ControlLibraryTest). */
public final class JsonControlLibrary implements ControlLibrary {

    private record FileMapping(String framework, String ref, String relation, String rationale) {
    }

    private record FileControl(String id, String name, String description, String kind, String nature,
                               String testFrequency, List<FileMapping> mappings) {
    }

    private record LibraryFile(String about, String source, String licence, List<FileControl> controls) {
    }

    private volatile List<LibraryControl> cached;

    @Override
    public List<LibraryControl> controls() {
        List<LibraryControl> c = cached;
        if (c == null) {
            c = read().controls().stream().map(JsonControlLibrary::toLibrary).toList();
            cached = c;
        }
        return c;
    }

    private static LibraryControl toLibrary(FileControl f) {
        return new LibraryControl(f.id(), f.name(), f.description(), ControlKind.valueOf(f.kind()),
                ControlNature.valueOf(f.nature()), f.testFrequency() == null ? null : TestFrequency.valueOf(f.testFrequency()),
                f.mappings() == null ? List.of() : f.mappings().stream().map(m -> new LibraryControl.LibraryMapping(
                        m.framework(), m.ref(), Relation.valueOf(m.relation().toUpperCase(Locale.ROOT)), m.rationale())).toList());
    }

    private static LibraryFile read() {
        try (InputStream in = JsonControlLibrary.class.getResourceAsStream(ControlLibraryValidator.SHIPPED)) {
            if (in == null) throw new IllegalStateException("the control library is missing from the application");
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("the control library cannot be read: " + e.getMessage(), e);
        }
    }
}
