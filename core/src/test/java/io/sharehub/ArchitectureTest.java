package io.sharehub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core holds the rules only: no persistence, spreadsheet, QR, JSON or web framework. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.sharehub");

    @Test
    @DisplayName("core imports no JPA, POI, ZXing, Jackson or Spring")
    void noAdapterTechnologyInCore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "jakarta.persistence..", "javax.persistence..", "org.hibernate..",
                "org.apache.poi..", "com.google.zxing..", "com.fasterxml.jackson..",
                "org.springframework..", "java.awt..", "javax.imageio..", "java.sql..")
                .because("sharehub-core depends on SLF4J's API and Caffeine only; adapters bring their technology")
                .check(CORE);
    }

    @Test
    @DisplayName("stores and domain packages do not reach into each other's internals")
    void publicApiDoesNotLeanOnStoreImplementations() {
        noClasses().that().resideInAnyPackage("io.sharehub.catalog", "io.sharehub.access", "io.sharehub.export",
                        "io.sharehub.catalog.spi", "io.sharehub.store")
                .should().dependOnClassesThat().resideInAnyPackage("io.sharehub.store.memory..")
                .check(CORE);
    }
}
