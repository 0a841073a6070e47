package io.sharehub.poster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PosterPortArchitectureTest {

    @Test
    @DisplayName("the poster port needs no imaging library: no AWT, no ImageIO, no ZXing")
    void noImagingInCore() {
        JavaClasses poster = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sharehub.poster");

        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "com.google.zxing..")
                .check(poster);
    }
}
