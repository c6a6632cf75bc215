package uk.nexus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The rules of docs/decisions and the house style, checked on the compiled backend. */
class ArchitectureTest {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.nexus");

    @Test
    void graph_algorithms_use_no_spring_no_neo4j_and_no_io() {
        classes()
                .that()
                .resideInAPackage("uk.nexus.graph..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "",
                        "java.lang..",
                        "java.util..",
                        "java.math..",
                        "org.jgrapht..",
                        "org.jspecify..",
                        "uk.nexus.graph..")
                .because("the graph package is pure algorithms over JGraphT (house style)")
                .check(BACKEND);
    }

    @Test
    void a_features_internal_package_is_used_only_by_that_feature() {
        classes()
                .that()
                .resideInAPackage("uk.nexus.(*).internal..")
                .should(onlyBeUsedWithinTheirFeature())
                .check(BACKEND);
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirFeature() {
        return new ArchCondition<>("be used only within their own feature") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                String feature = internal.getPackageName()
                        .substring(0, internal.getPackageName().indexOf(".internal"));
                internal.getDirectDependenciesToSelf().forEach(dependency -> {
                    String from = dependency.getOriginClass().getPackageName();
                    if (!from.equals(feature) && !from.startsWith(feature + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
