package org.clustercomposer.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies run one way: app -> views -> model, and the model never sees JavaFX. */
@AnalyzeClasses(packages = "org.clustercomposer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerDependencyTest {

    @ArchTest
    static final ArchRule layersDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("app").definedBy("org.clustercomposer.app..")
            .layer("views").definedBy("org.clustercomposer.views..")
            .layer("model").definedBy("org.clustercomposer.units..", "org.clustercomposer.topology..",
                    "org.clustercomposer.scenario..", "org.clustercomposer.analysis..",
                    "org.clustercomposer.simulation..", "org.clustercomposer.export..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("views").mayOnlyBeAccessedByLayers("app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("views", "app");

    @ArchTest
    static final ArchRule modelNeverImportsJavaFx = noClasses().that()
            .resideInAnyPackage("org.clustercomposer.units..", "org.clustercomposer.topology..",
                    "org.clustercomposer.scenario..", "org.clustercomposer.analysis..",
                    "org.clustercomposer.simulation..", "org.clustercomposer.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule enginesDependOnlyOnTheDomain = noClasses().that()
            .resideInAnyPackage("org.clustercomposer.units..", "org.clustercomposer.topology..",
                    "org.clustercomposer.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clustercomposer.analysis..",
                    "org.clustercomposer.simulation..");
}
