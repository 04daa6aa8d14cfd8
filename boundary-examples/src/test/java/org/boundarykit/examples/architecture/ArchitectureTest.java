package org.boundarykit.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture, as rules over the compiled classes of every module: boundary-core needs only
 * the JDK (and annotations that are not needed at run time), {@code internal} packages stay inside
 * their module, and no public API type shows a Jackson type.
 */
@AnalyzeClasses(packages = "org.boundarykit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The packages of boundary-core. */
  private static final String[] CORE = {
    "org.boundarykit", "org.boundarykit.rules..", "org.boundarykit.spi..", "org.boundarykit.text..",
    "org.boundarykit.internal.."
  };

  /** The packages each module exports: its public API. */
  private static final Set<String> EXPORTED = Set.of(
      "org.boundarykit", "org.boundarykit.rules", "org.boundarykit.spi", "org.boundarykit.text",
      "org.boundarykit.content");

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdk = classes().that().resideInAnyPackage(CORE)
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "java..", "org.jspecify.annotations..", "org.immutables.value..", "org.boundarykit",
          "org.boundarykit.rules..", "org.boundarykit.spi..", "org.boundarykit.text..", "org.boundarykit.internal..")
      .as("boundary-core depends only on the JDK and compile-time annotations")
      .allowEmptyShould(false);

  @ArchTest
  static final ArchRule coreInternalsStayInCore = noClasses().that()
      .resideInAnyPackage("org.boundarykit.content..", "org.boundarykit.examples..")
      .should().dependOnClassesThat().resideInAPackage("org.boundarykit.internal..")
      .as("org.boundarykit.internal is used only inside boundary-core");

  @ArchTest
  static final ArchRule contentInternalsStayInContent = noClasses().that()
      .resideOutsideOfPackage("org.boundarykit.content..")
      .should().dependOnClassesThat().resideInAPackage("org.boundarykit.content.internal..")
      .as("org.boundarykit.content.internal is used only inside boundary-content");

  @ArchTest
  static final ArchRule noJacksonInThePublicApi = classes().that(arePublicApi())
      .should(exposeNoJacksonType())
      .allowEmptyShould(false);

  @ArchTest
  static final ArchRule coreNeverTouchesJackson = noClasses().that().resideInAnyPackage(CORE)
      .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
      .as("boundary-core never touches Jackson");

  private static DescribedPredicate<JavaClass> arePublicApi() {
    return DescribedPredicate.describe("are public types of exported packages",
        c -> EXPORTED.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC)
            && !c.getSimpleName().startsWith("Immutable"));
  }

  /** Public and protected members, supertypes and thrown types name no type from com.fasterxml. */
  static ArchCondition<JavaClass> exposeNoJacksonType() {
    return new ArchCondition<>("expose no Jackson type in a signature, field or supertype") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        c.getAllRawSuperclasses().forEach(s -> report(c, s, c.getName() + " extends", events));
        c.getAllRawInterfaces().forEach(s -> report(c, s, c.getName() + " implements", events));
        for (JavaMember member : c.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC) && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          if (member instanceof JavaField f) {
            f.getType().getAllInvolvedRawTypes().forEach(t -> report(c, t, f.getFullName(), events));
          } else if (member instanceof JavaCodeUnit u) {
            u.getReturnType().getAllInvolvedRawTypes().forEach(t -> report(c, t, u.getFullName() + " returns", events));
            u.getParameterTypes().forEach(p -> p.getAllInvolvedRawTypes()
                .forEach(t -> report(c, t, u.getFullName() + " takes", events)));
            u.getThrowsClause().getTypes().forEach(t -> report(c, t, u.getFullName() + " throws", events));
          }
        }
      }

      private void report(JavaClass owner, JavaClass type, String where, ConditionEvents events) {
        if (type.getPackageName().startsWith("com.fasterxml")) {
          events.add(SimpleConditionEvent.violated(owner, where + " " + type.getName()));
        }
      }
    };
  }

  // The rules can fail: each is shown a class that breaks it.

  @Test
  void theJacksonRuleCatchesALeak() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.class);
    ArchRule rule = classes().should(exposeNoJacksonType());
    assertThat(rule.evaluate(leaky).getFailureReport().getDetails())
        .anySatisfy(d -> assertThat(d).contains("returns com.fasterxml.jackson.databind.JsonNode"))
        .anySatisfy(d -> assertThat(d).contains("takes com.fasterxml.jackson.databind.ObjectMapper"))
        .anySatisfy(d -> assertThat(d).contains("throws com.fasterxml.jackson.core.JsonProcessingException"));
  }

  @Test
  void theCoreRuleCatchesAForeignDependency() {
    JavaClasses foreign = new ClassFileImporter().importClasses(LeakyApi.class);
    ArchRule rule = classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..");
    assertThat(rule.evaluate(foreign).hasViolation()).isTrue();
  }

  /** A class that shows Jackson types: the rules above must reject it. */
  public static final class LeakyApi {
    public com.fasterxml.jackson.databind.JsonNode tree() {
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }

    public void configure(java.util.List<com.fasterxml.jackson.databind.ObjectMapper> mappers) {
      mappers.size();
    }

    public void parse() throws com.fasterxml.jackson.core.JsonProcessingException {
      // nothing
    }
  }
}
