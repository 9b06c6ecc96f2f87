package org.clustercomposer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.simulation.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every implementation of an interface with a shared contract runs it: for a class {@code X} of
 * the main code there is a test {@code XContractTest} beside it that extends the interface's
 * {@code ...Contract} class. A new policy or migration model without one fails here.
 */
class ContractCoverageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {Policy.class, MigrationCostModel.class})
    void everyImplementationRunsTheSharedContract(Class<?> contract) throws ClassNotFoundException {
        Class<?> base = Class.forName(contract.getPackageName() + "." + contract.getSimpleName() + "Contract");
        List<String> implementations = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.clustercomposer")) {
            if (!c.isAssignableTo(contract) || c.isInterface() || c.getModifiers().contains(JavaModifier.ABSTRACT)
                    || c.isAnonymousClass() || c.isLocalClass()) {
                continue;
            }
            implementations.add(c.getSimpleName());
            String test = c.getPackageName() + "." + c.getSimpleName() + "ContractTest";
            try {
                assertTrue(base.isAssignableFrom(Class.forName(test)), test + " does not extend " + base.getSimpleName());
            } catch (ClassNotFoundException e) {
                fail(c.getName() + " implements " + contract.getSimpleName() + " but has no " + test
                        + " running the shared " + base.getSimpleName());
            }
        }
        assertTrue(implementations.size() >= 4, "found only " + implementations);
    }
}
