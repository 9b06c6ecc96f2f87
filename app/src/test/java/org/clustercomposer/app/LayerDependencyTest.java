package org.clustercomposer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * Dependencies run one way, module by module and inside the model: app -> views -> report ->
 * engines -> domain, with the exports beside the report reading only the domain, with the samples beside the views (read by app, reading only the domain).
 * No layer is optional, so a layer whose packages hold no class fails; and every class must sit in
 * a layer, so a new package cannot slip past the rules. Finer rules inside the model (the
 * analytical engine never sees the event engine) are in model's ModelArchitectureTest, so a
 * model-only build catches them too.
 */
@AnalyzeClasses(packages = "org.clustercomposer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyTest {

    private static final String APP = "org.clustercomposer.app..";
    private static final String VIEWS = "org.clustercomposer.views..";
    private static final String SAMPLES = "org.clustercomposer.samples..";
    private static final String REPORT = "org.clustercomposer.report..";
    private static final String EXPORT = "org.clustercomposer.export..";
    private static final String LESSON = "org.clustercomposer.lesson..";
    private static final String[] ENGINES = {"org.clustercomposer.analysis..", "org.clustercomposer.simulation.."};
    private static final String[] DOMAIN = {"org.clustercomposer.units..", "org.clustercomposer.topology..",
            "org.clustercomposer.scenario.."};

    private static String[] every() {
        return Stream.of(Stream.of(APP, VIEWS, SAMPLES, REPORT, EXPORT, LESSON), Stream.of(ENGINES), Stream.of(DOMAIN))
                .flatMap(s -> s).toArray(String[]::new);
    }

    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelowIt = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy(APP)
            .layer("views").definedBy(VIEWS)
            .layer("samples").definedBy(SAMPLES)
            .layer("report").definedBy(REPORT)
            .layer("export").definedBy(EXPORT)
            .layer("lesson").definedBy(LESSON)
            .layer("engines").definedBy(ENGINES)
            .layer("domain").definedBy(DOMAIN)
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("views").mayOnlyBeAccessedByLayers("app")
            .whereLayer("samples").mayOnlyBeAccessedByLayers("app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("views", "app")
            .whereLayer("export").mayOnlyBeAccessedByLayers("views", "app")
            .whereLayer("lesson").mayOnlyBeAccessedByLayers("samples", "views", "app")
            .whereLayer("engines").mayOnlyBeAccessedByLayers("report", "lesson", "views", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("engines", "report", "export", "lesson", "samples", "views", "app");

    @ArchTest
    static final ArchRule onlyTheViewsAndTheAppUseJavaFx = noClasses().that()
            .resideInAnyPackage(Stream.concat(Stream.of(SAMPLES, REPORT, EXPORT, LESSON), Stream.of(ENGINES, DOMAIN).flatMap(Stream::of))
                    .toArray(String[]::new))
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().should().resideInAnyPackage(every());

    /** A layer naming a package that does not exist checks nothing: every package named above must hold classes. */
    @Test
    void everyPackageTheLayersNameHoldsClasses() {
        JavaClasses all = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.clustercomposer");
        for (String p : every()) {
            assertFalse(all.that(JavaClass.Predicates.resideInAPackage(p)).isEmpty(), "no class in " + p);
        }
    }
}
