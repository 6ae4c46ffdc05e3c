package dev.fovea.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: app → indexer → search, and only the app knows JavaFX. */
class ModuleDependencyTest {
    private static final JavaClasses FOVEA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fovea");

    @Test
    void modulesDependDownwardOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("app")
                .definedBy("dev.fovea.app..")
                .layer("indexer")
                .definedBy("dev.fovea.indexer..")
                .layer("search")
                .definedBy("dev.fovea.search..")
                .whereLayer("app")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("indexer")
                .mayOnlyBeAccessedByLayers("app")
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("indexer", "app")
                .check(FOVEA);
    }

    @Test
    void onlyTheAppKnowsJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.fovea.search..", "dev.fovea.indexer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(FOVEA);
    }
}
