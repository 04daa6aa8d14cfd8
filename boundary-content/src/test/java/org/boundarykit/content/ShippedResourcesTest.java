package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.ResourceKind;
import org.boundarykit.Safety;
import org.boundarykit.SafetyResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The help lines the default pack ships, as a person in each region would see them. */
class ShippedResourcesTest {

  private static final ContentPack PACK = ContentPack.defaults();
  private static final BoundaryEngine ENGINE = PACK.engine();
  private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

  private static List<SafetyResource> shown(String region, ContactCategory category) {
    BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region(region).build();
    Contact contact = Contact.builder().channel(Channel.TEXT).at(AT).category(category).safety(Safety.CONCERN).build();
    return ENGINE.recommend(plan, ContactHistory.empty(), contact).resources();
  }

  static Set<String> regions() {
    Set<String> out = new TreeSet<>();
    for (SafetyResource r : PACK.resources()) {
      out.addAll(r.regions());
    }
    out.remove(SafetyResource.ANY_REGION);
    return out;
  }

  @Test
  void everyEntryNamesThePageItWasCheckedAgainstAndWhen() {
    for (SafetyResource r : PACK.resources()) {
      if (!r.regions().equals(Set.of(SafetyResource.ANY_REGION))) { // the fallback names no number
        assertThat(r.lastChecked()).as(r.id()).isAfterOrEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(r.source()).as(r.id() + ".source").hasValueSatisfying(s -> assertThat(s).startsWith("http"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("regions")
  void everyShippedRegionStartsWithAnEmergencyNumber(String region) {
    List<SafetyResource> lines = shown(region, ContactCategory.THREAT_HARASSMENT);
    assertThat(lines).as(region).isNotEmpty();
    assertThat(lines.get(0).kind()).as(region).isEqualTo(ResourceKind.EMERGENCY);
    assertThat(lines).as(region + ": each line once").doesNotHaveDuplicates();
  }

  @Test
  void aNationGetsItsOwnLinesAndTheCountrysAndTheCountryGetsEveryNations() {
    assertThat(shown("GB-WLS", ContactCategory.THREAT_HARASSMENT)).extracting(SafetyResource::id)
        .startsWith("gb-emergency").contains("gb-wls-dv", "gb-crisis-samaritans").doesNotContain("gb-eng-dv");
    assertThat(shown("GB", ContactCategory.THREAT_HARASSMENT)).extracting(SafetyResource::id)
        .startsWith("gb-emergency").contains("gb-eng-dv", "gb-wls-dv");
    assertThat(shown("gb-xyz", ContactCategory.THREAT_HARASSMENT)).as("a subdivision with no lines of its own")
        .isEqualTo(shown("GB", ContactCategory.THREAT_HARASSMENT));
    assertThat(shown("CA-BC", ContactCategory.THREAT_HARASSMENT)).extracting(SafetyResource::id)
        .startsWith("ca-911").contains("ca-bc-victimlinkbc", "ca-988");
  }

  @Test
  void aRegionWithNoLinesGetsTheFallbackNeverAnotherCountrysNumber() {
    assertThat(shown("JP", ContactCategory.THREAT_HARASSMENT)).extracting(SafetyResource::regions)
        .containsOnly(Set.of(SafetyResource.ANY_REGION));
  }

  @Test
  void forSelfHarmTheCrisisLineComesRightAfterTheEmergencyNumber() {
    for (String region : List.of("US", "GB", "IE", "AU", "NZ", "CA", "NL")) {
      List<SafetyResource> lines = shown(region, ContactCategory.SELF_HARM_THREAT);
      assertThat(lines.get(0).kind()).as(region).isEqualTo(ResourceKind.EMERGENCY);
      assertThat(lines.get(1).kind()).as(region).isEqualTo(ResourceKind.CRISIS_LINE);
    }
  }

  @Test
  void anEntryWithoutTheAddressOfTheServicesPageIsReported() {
    ContentPack mine = ContentPack.load(new java.io.ByteArrayInputStream("""
        {"schemaVersion": 1, "id": "mine", "version": "1.0.0", "locales": ["en"], "resources": [
          {"id": "za-police", "regions": ["ZA"], "kind": "EMERGENCY", "name": "Police", "contact": "10111",
           "lastChecked": "2026-12-07"},
          {"id": "za-police-2", "regions": ["ZA"], "kind": "EMERGENCY", "name": "Police", "contact": "10111",
           "lastChecked": "2026-12-07", "source": "saps.gov.za"}]}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mine.json");
    assertThat(PACK.with(mine).lint()).containsExactly(
        "mine.json: $.resources[0] (za-police).source: missing; give the address of the service's own page the entry was"
            + " checked against, so the next check knows where to look",
        "mine.json: $.resources[1] (za-police-2).source: expected the address of a web page (http:// or https://), but got"
            + " \"saps.gov.za\"");
  }
}
