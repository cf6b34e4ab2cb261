package io.parley.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The house style's dependency rules, parameterised by package so a fixture can prove they bite. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    static ArchRule domainDependsOnlyOnTheJdk(String domainPackage) {
        return classes()
                .that()
                .resideInAPackage(domainPackage)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(domainPackage, "java..")
                .because("the domain is plain Java");
    }

    static ArchRule applicationDependsOnlyOnDomainAndJdk() {
        return classes()
                .that()
                .resideInAPackage("io.parley.application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.parley.application..", "io.parley.domain..", "java..", "javax.crypto..")
                .because("use cases carry no framework (the JDK's own crypto is not one)");
    }

    static ArchRule adaptersDoNotDependOnEachOther(String adapterRoot) {
        return slices().matching(adapterRoot + ".(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(adapterRoot + ".wire.."))
                .because("adapters meet only through the application's ports (the wire vocabulary is the one shared"
                        + " adapter library); bootstrap wires them");
    }

    /** The shared wire vocabulary knows the application and JSON annotations, nothing of any adapter. */
    static ArchRule wireDependsOnlyOnTheApplication(String wirePackage) {
        return classes()
                .that()
                .resideInAPackage(wirePackage)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        wirePackage,
                        "io.parley.application..",
                        "io.parley.domain..",
                        "java..",
                        "io.micronaut.core..",
                        "io.micronaut.serde..",
                        // the JSON tree the strict value reader (JsonValues) reads, shared by REST and WebSocket
                        "io.micronaut.json.tree..",
                        "io.micronaut.inject.beans..",
                        "io.micronaut.inject.annotation..",
                        "com.fasterxml.jackson.annotation..")
                .because("REST and WebSocket both use it, so it must not pull either in (ADR 0001)");
    }

    /** Every package below {@code root} is a slice of its own (the root package too), and no two import each other. */
    static ArchRule noPackageCycles(String root) {
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String name = javaClass.getPackageName();
                        return name.equals(root) || name.startsWith(root + ".")
                                ? SliceIdentifier.of(name)
                                : SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "the packages of " + root;
                    }
                })
                .should()
                .beFreeOfCycles()
                .because("a cycle means a new class cannot tell which package it belongs to");
    }

    static ArchRule adaptersUsePortsNotServices() {
        return noClasses()
                .that()
                .resideInAPackage("io.parley.adapter..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "application services",
                        c -> c.getPackageName().startsWith("io.parley.application")
                                && c.getSimpleName().endsWith("Service")));
    }

    static ArchRule nothingDependsOnBootstrap() {
        return noClasses()
                .that()
                .resideOutsideOfPackage("io.parley.bootstrap..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.parley.bootstrap..");
    }

    static ArchRule onlyThe(String adapterPackage, String technologyPackage, String why) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(adapterPackage)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(technologyPackage)
                .because(why);
    }

    static ArchRule fileSystemOnlyInStorageAndBootstrap() {
        return noClasses()
                .that()
                .resideOutsideOfPackages("io.parley.adapter.storage..", "io.parley.bootstrap..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.nio.file..")
                .because("files are reached through the MediaStore port; bootstrap owns the data directory");
    }
}
