package org.limber.library;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as an exercise file: parsed, or refused with the loader's own exception. Corpus in src/test/resources. */
class CatalogueFuzzTest {

    private static final CatalogueLoader LOADER = new CatalogueLoader();

    @FuzzTest(maxDuration = "30s")
    void parseNeverThrowsAnythingElse(byte[] input) {
        try {
            Exercise exercise = LOADER.parse(input);
            if (exercise.id() == null || exercise.name() == null) {
                throw new AssertionError("a parsed exercise must have an id and a name");
            }
        } catch (CatalogueException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why");
            }
        }
    }
}
