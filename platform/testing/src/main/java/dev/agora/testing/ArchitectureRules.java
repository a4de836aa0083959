package dev.agora.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The layering of docs/architecture.md ("Inside a service"), for a service whose base package is given: the domain
 * uses only the JDK, the application knows no web, SQL, Kafka or gRPC types, nothing inside depends on an adapter,
 * and there are no cycles; and the naming rule of docs/conventions.md. Services check them through
 * {@link ServiceArchitectureTest}.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    public static ArchRule hexagonalLayers(String basePackage) {
        String domain = basePackage + ".domain..";
        String application = basePackage + ".application..";
        String adapters = basePackage + ".adapter..";
        return CompositeArchRule.of(noClasses()
                        .that()
                        .resideInAPackage(domain)
                        .should()
                        .dependOnClassesThat()
                        .resideOutsideOfPackages(domain, "java..", "org.jspecify..", "org.jmolecules..")
                        .as("the domain uses only the JDK (and jSpecify/jMolecules annotations)"))
                .and(noClasses()
                        .that()
                        .resideInAPackage(application)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "org.springframework.web..",
                                "org.springframework.http..",
                                "org.springframework.jdbc..",
                                "jakarta.servlet..",
                                "jakarta.persistence..",
                                "org.apache.kafka..",
                                "org.springframework.kafka..",
                                "io.grpc..",
                                "com.google.protobuf..",
                                "dev.agora.contracts..")
                        .as("the application imports no web, SQL, Kafka or gRPC types, nor generated contract types"))
                .and(noClasses()
                        .that()
                        .resideInAnyPackage(domain, application)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(adapters)
                        .as("the domain and the application never depend on an adapter"))
                .and(slices().matching(basePackage + ".(**)")
                        .should()
                        .beFreeOfCycles()
                        .as("no package cycles"));
    }

    /** docs/conventions.md: names say what things are; no Impl, Util, Helper, Manager or common. */
    public static ArchRule honestNames(String basePackage) {
        return noClasses()
                .that()
                .resideInAPackage(basePackage + "..")
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .resideInAnyPackage("..common..", "..util..", "..misc..")
                .as("names say what things are: no *Impl, *Util, *Helper, *Manager, no common/util/misc packages");
    }
}
