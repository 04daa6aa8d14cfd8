package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.boundarykit.Audience;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.Recommendation;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DefaultPackTest {

  private final ContentPack pack = ContentPack.defaults();

  @Test
  void theDefaultPackLoadsPassesLintAndBuildsAnEngine() {
    assertThat(pack.id()).isEqualTo("boundarykit-default");
    assertThat(pack.version()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(pack.lint()).isEmpty();
    assertThat(pack.engine()).isNotNull();
    assertThat(ContentPack.defaults()).isSameAs(pack);
  }

  @Test
  void everyIdeaOfTheDomainReferenceHasAStrategyCitedByARule() {
    assertThat(pack.strategies()).extracting(s -> s.id()).contains(
        "decide-first", "state-once", "short-reason", "prepared-replies", "expect-pushback", "be-consistent",
        "use-technology", "mutual-friends", "unavoidable-contact", "lean-on-your-people", "remember-why",
        "enforce-consequences", "guilt-will-come");
    Set<String> cited = new HashSet<>();
    pack.rules().forEach(r -> cited.addAll(r.strategies()));
    assertThat(cited).containsAll(pack.strategies().stream().map(s -> s.id()).toList());
  }

  @Test
  void scriptsToTheExAreShortAndCoverEveryReplyPurpose() {
    Set<ScriptPurpose> purposes = EnumSet.noneOf(ScriptPurpose.class);
    for (Script s : pack.scripts()) {
      purposes.add(s.purpose());
      if (s.audience() == Audience.EX) {
        assertThat(s.text().replace("[", " ").replace("]", " ").trim().split("\\s+")).as(s.id()).hasSizeLessThanOrEqualTo(40);
      }
    }
    assertThat(purposes).containsAll(EnumSet.allOf(ScriptPurpose.class));
  }

  @Test
  void safetyResourcesCoverTheRequiredRegionsAndAFallback() {
    Set<String> regions = new HashSet<>();
    pack.resources().forEach(r -> regions.addAll(r.regions()));
    assertThat(regions).contains("US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", SafetyResource.ANY_REGION);
    assertThat(pack.resources()).filteredOn(r -> r.regions().contains(SafetyResource.ANY_REGION))
        .allSatisfy(r -> assertThat(r.contact()).doesNotContainPattern("\\d"));
  }

  @TestFactory
  Stream<DynamicTest> everyShippedExampleGetsItsExpectedAction() {
    BoundaryEngine engine = pack.engine();
    assertThat(pack.examples()).hasSizeGreaterThanOrEqualTo(12);
    return pack.examples().stream().map(example -> DynamicTest.dynamicTest(example.id(), () -> {
      Recommendation r = engine.recommend(example.plan(), example.history(), example.contact());
      assertThat(r.action()).as(example.description()).isEqualTo(example.expectedAction());
      if (example.expectedStep().isPresent()) {
        assertThat(r.step()).as(example.description()).isEqualTo(example.expectedStep());
      }
      if (r.script().isPresent()) {
        assertThat(r.script().get().text()).doesNotContain("{", "}", "[", "]");
      }
    }));
  }
}
