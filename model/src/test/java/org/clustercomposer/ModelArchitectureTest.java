package org.clustercomposer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.topology.Element;

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

    /** Stands in for {@code sealed}, which Java allows across packages only inside a named module. */
    @ArchTest
    static final ArchRule onlyTheRecordsOfTheElementKindsAreElements = classes().that().implement(Element.class)
            .should(beTheRecordOfAnElementKind());

    private static ArchCondition<JavaClass> beTheRecordOfAnElementKind() {
        Set<String> records = Arrays.stream(ElementKind.values()).map(k -> k.type().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        return new ArchCondition<>("be the record of an ElementKind " + records) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!records.contains(type.getName())) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " implements Element but no ElementKind names it"));
                }
            }
        };
    }
}
