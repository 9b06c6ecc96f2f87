package org.clustercomposer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The model stays plain Java, and the domain knows nothing of the engines built on it. Checked here
 * as well as in app, so a model-only build (mvn -pl model test) catches a wrong import at once.
 */
@AnalyzeClasses(packages = "org.clustercomposer", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule modelNeverDependsOnJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule domainNeverDependsOnTheEngines = noClasses().that()
            .resideInAnyPackage("org.clustercomposer.topology..", "org.clustercomposer.units..",
                    "org.clustercomposer.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clustercomposer.analysis..",
                    "org.clustercomposer.simulation..");

    @ArchTest
    static final ArchRule unitsAndTopologyStandAlone = noClasses().that()
            .resideInAnyPackage("org.clustercomposer.units..", "org.clustercomposer.topology..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clustercomposer.scenario..");
}
