package io.parley.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {
    /** Main classes only: not test-classes directories, not the test-jars other modules share. */
    static final ImportOption PRODUCTION_ONLY =
            location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                    && !location.contains("-tests.jar")
                    && !location.contains("/generated/");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(PRODUCTION_ONLY).importPackages("io.parley");
        assertThat(production.stream().map(c -> c.getPackageName()).distinct())
                .anyMatch(p -> p.startsWith("io.parley.domain"))
                .anyMatch(p -> p.startsWith("io.parley.application"))
                .anyMatch(p -> p.startsWith("io.parley.adapter.rest"))
                .anyMatch(p -> p.startsWith("io.parley.adapter.persistence"));
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        ArchitectureRules.domainDependsOnlyOnTheJdk("io.parley.domain..").check(production);
    }

    @Test
    void applicationDependsOnlyOnTheDomainAndTheJdk() {
        ArchitectureRules.applicationDependsOnlyOnDomainAndJdk().check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther("io.parley.adapter").check(production);
    }

    @Test
    void theWireVocabularyDependsOnlyOnTheApplication() {
        ArchitectureRules.wireDependsOnlyOnTheApplication("io.parley.adapter.wire..")
                .check(production);
    }

    @Test
    void theWireRuleCatchesAWireShapeThatImportsAnAdapterFramework() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.parley.archfixture");
        EvaluationResult result = ArchitectureRules.wireDependsOnlyOnTheApplication("io.parley.archfixture.wire..")
                .evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("io.micronaut.http");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "io.parley.domain",
                "io.parley.application",
                "io.parley.adapter.inprocess",
                "io.parley.adapter.persistence",
                "io.parley.adapter.redis",
                "io.parley.adapter.rest",
                "io.parley.adapter.security",
                "io.parley.adapter.storage",
                "io.parley.adapter.websocket",
                "io.parley.adapter.wire",
                "io.parley.bootstrap"
            })
    void packagesDoNotImportEachOtherInACycle(String root) {
        ArchitectureRules.noPackageCycles(root).allowEmptyShould(false).check(production);
    }

    @Test
    void adaptersUsePortsNotServices() {
        ArchitectureRules.adaptersUsePortsNotServices().check(production);
    }

    @Test
    void nothingOutsideBootstrapDependsOnIt() {
        ArchitectureRules.nothingDependsOnBootstrap().check(production);
    }

    @Test
    void technologiesStayInTheirAdapters() {
        ArchitectureRules.onlyThe("io.parley.adapter.redis..", "io.lettuce..", "Redis is an adapter")
                .check(production);
        ArchitectureRules.onlyThe("io.parley.adapter.persistence..", "java.sql..", "JDBC is an adapter")
                .check(production);
        ArchitectureRules.onlyThe("io.parley.adapter.persistence..", "io.micronaut.data..", "JDBC is an adapter")
                .check(production);
        ArchitectureRules.onlyThe("io.parley.adapter.persistence..", "org.flywaydb..", "migrations are persistence")
                .check(production);
        ArchitectureRules.onlyThe("io.parley.adapter.websocket..", "io.micronaut.websocket..", "sockets are an adapter")
                .check(production);
        ArchitectureRules.onlyThe("io.parley.adapter.storage..", "org.apache.tika..", "content detection is storage")
                .check(production);
        ArchitectureRules.fileSystemOnlyInStorageAndBootstrap().check(production);
    }

    @Test
    void theDomainRuleCatchesADomainClassThatImportsMicronaut() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.parley.archfixture");
        EvaluationResult result = ArchitectureRules.domainDependsOnlyOnTheJdk("io.parley.archfixture.domain..")
                .evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("io.micronaut");
    }

    @Test
    void theCycleRuleCatchesTwoPackagesThatImportEachOther() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.parley.archfixture");
        EvaluationResult result =
                ArchitectureRules.noPackageCycles("io.parley.archfixture.cycle").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("Cycle detected", "archfixture.cycle.left", "archfixture.cycle.right");
    }

    @Test
    void theAdapterRuleCatchesAnAdapterThatImportsAnother() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.parley.archfixture");
        EvaluationResult result = ArchitectureRules.adaptersDoNotDependOnEachOther("io.parley.archfixture.adapter")
                .evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("archfixture.adapter.chatty", "archfixture.adapter.quiet");
    }
}
