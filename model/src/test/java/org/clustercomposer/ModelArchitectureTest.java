package org.clustercomposer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.topology.Element;
import org.junit.jupiter.api.Test;

/**
 * The model stays plain Java and is layered inside: the domain (units, topology, scenario) knows
 * nothing of the engines, the analytical engine nothing of the event engine (the event engine may
 * use the analytical migration models), and only the report formats sit above the engines. Checked
 * here as well as in app, so a model-only build (mvn -pl model test) catches a wrong import at once.
 */
@AnalyzeClasses(packages = "org.clustercomposer", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    static final String UNITS = "org.clustercomposer.units..";
    static final String TOPOLOGY = "org.clustercomposer.topology..";
    static final String SCENARIO = "org.clustercomposer.scenario..";
    static final String ANALYSIS = "org.clustercomposer.analysis..";
    static final String SIMULATION = "org.clustercomposer.simulation..";
    static final String REPORT = "org.clustercomposer.report..";
    static final String EXPORT = "org.clustercomposer.export..";
    static final String LESSON = "org.clustercomposer.lesson..";
    /** Every package of the model, as the rules below name them. */
    static final String[] MODEL = {UNITS, TOPOLOGY, SCENARIO, ANALYSIS, SIMULATION, REPORT, EXPORT, LESSON};

    @ArchTest
    static final ArchRule modelNeverDependsOnJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule domainNeverDependsOnTheEnginesOrTheReports = noClasses().that()
            .resideInAnyPackage(UNITS, TOPOLOGY, SCENARIO)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, SIMULATION, REPORT, EXPORT, LESSON);

    @ArchTest
    static final ArchRule unitsAndTopologyNeverDependOnTheScenario = noClasses().that()
            .resideInAnyPackage(UNITS, TOPOLOGY)
            .should().dependOnClassesThat().resideInAnyPackage(SCENARIO);

    @ArchTest
    static final ArchRule analysisNeverDependsOnTheSimulation = noClasses().that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAPackage(SIMULATION);

    @ArchTest
    static final ArchRule theEnginesNeverDependOnTheReports = noClasses().that()
            .resideInAnyPackage(ANALYSIS, SIMULATION)
            .should().dependOnClassesThat().resideInAPackage(REPORT);

    /** Exports are formats of the design alone: what an engine predicts never goes into a configuration file. */
    @ArchTest
    static final ArchRule exportsReadOnlyTheDomain = noClasses().that().resideInAPackage(EXPORT)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, SIMULATION, REPORT);

    @ArchTest
    static final ArchRule nothingElseInTheModelUsesTheExports = noClasses().that()
            .resideInAnyPackage(UNITS, TOPOLOGY, SCENARIO, ANALYSIS, SIMULATION, REPORT)
            .should().dependOnClassesThat().resideInAPackage(EXPORT);

    /** Lessons sit above the engines (their answers are the engines' numbers); nothing below reads them. */
    @ArchTest
    static final ArchRule nothingBelowReadsTheLessons = noClasses().that()
            .resideInAnyPackage(UNITS, TOPOLOGY, SCENARIO, ANALYSIS, SIMULATION, REPORT, EXPORT)
            .should().dependOnClassesThat().resideInAPackage(LESSON);

    /** A new top-level package must be added to the rules above, or no rule would see it. */
    @ArchTest
    static final ArchRule everyModelClassIsInAPackageTheRulesName = classes().should().resideInAnyPackage(MODEL);

    /** A rule naming a package that does not exist checks nothing: every name above must hold classes. */
    @Test
    void everyPackageTheRulesNameHoldsClasses() {
        JavaClasses model = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.clustercomposer");
        for (String p : MODEL) {
            assertFalse(model.that(JavaClass.Predicates.resideInAPackage(p)).isEmpty(), "no class in " + p);
        }
    }

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
