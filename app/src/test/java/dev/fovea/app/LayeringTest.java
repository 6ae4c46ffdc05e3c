package dev.fovea.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering inside the modules: the CLI stands without the desktop, the desktop's backends stand without
 * JavaFX, no two packages need each other, and only the catalog speaks SQL.
 */
class LayeringTest {
    private static final JavaClasses FOVEA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The other modules' test classes come in as -tests.jar files, which DO_NOT_INCLUDE_TESTS does not see.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.fovea");

    @Test
    void theCommandLineDoesNotUseTheDesktop() {
        noClasses()
                .that()
                .resideInAPackage("dev.fovea.app.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.fovea.app.desktop..")
                .check(FOVEA);
    }

    @Test
    void theDesktopBackendsDoNotUseJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.fovea.app.desktop.backend..", "dev.fovea.app.desktop.home..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(FOVEA);
    }

    /**
     * A package and its sub-package may know each other where one tree of commands spans both: picocli's parent
     * command lists its subcommands and they read its options ({@code cli} and {@code cli.bench}).
     */
    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("dev.fovea.(**)")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(within("dev.fovea.app.cli"), within("dev.fovea.app.cli"))
                .check(FOVEA);
    }

    private static DescribedPredicate<JavaClass> within(String packageName) {
        return JavaClass.Predicates.resideInAPackage(packageName + "..");
    }

    @Test
    void onlyTheCatalogSpeaksSql() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.fovea.indexer.catalog..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Statement")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.ResultSet")
                .check(FOVEA);
    }
}
