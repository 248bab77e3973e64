package dev.steward.catalog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogValidationTest {

    private final CatalogValidation validation = new CatalogValidation(new CatalogLoader());

    @Test
    void shippedCatalogsAndControlLibraryAreValid() {
        assertThat(validation.validate(null)).isEmpty();
    }

    @Test
    void repositoryFrameworksFolderIsValidWithTheControlLibraryNextToIt() {
        assertThat(CatalogValidation.controlLibrary(Path.of("frameworks"))).isPresent();
        assertThat(validation.validate(Path.of("frameworks"))).isEmpty();
    }

    @Test
    void brokenFolderGivesThePreciseProblem() {
        Path dir = Path.of("src/test/resources/broken-catalogs/unknown-parent");
        assertThat(validation.validate(dir)).containsExactly(new CatalogProblem(dir.resolve("test.json").toString(),
                "/clauses/1/parent", "unknown parent 'B'"));
    }
}
