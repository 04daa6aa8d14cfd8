package org.boundarykit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Script templates: optional parts, literal values, cleaning, parse errors. */
class TemplateTest {

  @Test
  void anOptionalPartIsDroppedWhenItsValueIsMissing() {
    Template t = Template.parse("[Hi {exName}. ]I need space.");
    assertThat(render(t, Map.of())).isEqualTo("I need space.");
    assertThat(render(t, Map.of("exName", "Sam"))).isEqualTo("Hi Sam. I need space.");
    assertThat(t.placeholders()).containsExactly("exName");
    assertThat(t.required()).isEmpty();
  }

  @Test
  void anOptionalPartNeedsEveryOneOfItsValues() {
    Template t = Template.parse("Noted[, {exName},][ about {matter} ({topic})].");
    assertThat(render(t, Map.of("matter", "the lease"))).isEqualTo("Noted.");
    assertThat(render(t, Map.of("exName", "Sam", "topic", "the home"))).isEqualTo("Noted, Sam,.");
    assertThat(render(t, Map.of("matter", "the lease", "topic", "the home")))
        .isEqualTo("Noted about the lease (the home).");
    assertThat(t.placeholders()).containsExactlyInAnyOrder("exName", "matter", "topic");
  }

  @Test
  void placeholdersOutsideOptionalPartsAreRequired() {
    Template t = Template.parse("You chose this because {reasons}.[ {exName}]");
    assertThat(t.required()).containsExactly("reasons");
    assertThat(t.placeholders()).containsExactlyInAnyOrder("reasons", "exName");
    assertThat(render(t, Map.of("reasons", "I want to heal"))).isEqualTo("You chose this because I want to heal.");
    // a missing required value renders as nothing (verification keeps that from happening)
    assertThat(render(t, Map.of())).isEqualTo("You chose this because .");
  }

  @Test
  void aTemplateWithoutSyntaxRendersAsWrittenButTrimmed() {
    assertThat(render(Template.parse("  Please stop.  "), Map.of("exName", "Sam"))).isEqualTo("Please stop.");
    assertThat(Template.parse("Please stop.").placeholders()).isEmpty();
  }

  @Test
  void valuesAreInsertedLiterallyAndNeverExpanded() {
    Template t = Template.parse("[{exName}, ]I need space[ about {matter}].");
    Map<String, String> values = Map.of("exName", "{exName} [x]", "matter", "{matter}]{topic}[");
    assertThat(render(t, values)).isEqualTo("{exName} [x], I need space about {matter}]{topic}[.");
    // and a value naming another placeholder is not replaced by that placeholder's value
    assertThat(render(Template.parse("[{exName} ]ok"), Map.of("exName", "{matter}", "matter", "the lease")))
        .isEqualTo("{matter} ok");
  }

  @Property(tries = 200)
  void anyValueIsInsertedExactlyAsGiven(@ForAll String value) {
    assertThat(render(Template.parse("<[{exName}]>"), Map.of("exName", value))).isEqualTo("<" + value + ">");
  }

  @Test
  void cleanTurnsControlCharactersAndLineBreaksIntoSingleSpaces() {
    assertThat(Template.clean("Sam\nLee")).isEqualTo("Sam Lee");
    assertThat(Template.clean("Sam\r\n\t Lee")).isEqualTo("Sam Lee");
    assertThat(Template.clean("Sam\u0000\u0007Lee")).isEqualTo("Sam Lee");
    assertThat(Template.clean("Sam\u0085Lee\u2028Jo\u2029Ann")).isEqualTo("Sam Lee Jo Ann");
    assertThat(Template.clean("Sam\u001b[31mLee")).isEqualTo("Sam [31mLee");
  }

  @Test
  void cleanTurnsBidirectionalOverridesIntoSpaces() {
    assertThat(Template.clean("Sam\u202Eeil\u202C")).isEqualTo("Sam eil");
    assertThat(Template.clean("\u202Dx\u2066y\u2069\u200Fz\u200E")).isEqualTo("x y z");
  }

  @Test
  void cleanTurnsZeroWidthCharactersIntoSpaces() {
    assertThat(Template.clean("Sa\u200Bm")).isEqualTo("Sa m");
    assertThat(Template.clean("\uFEFFSam\u200C\u200D\u2060Lee\u00AD")).isEqualTo("Sam Lee");
  }

  @Test
  void cleanTurnsInvisibleCharactersOutsideTheBasicPlaneIntoSpaces() {
    // Unicode tag characters (U+E0000 block) are invisible format characters: "Sam" + hidden "HI"
    String hidden = "Sam" + new String(Character.toChars(0xE0048)) + new String(Character.toChars(0xE0049));
    assertThat(Template.clean(hidden)).isEqualTo("Sam");
    assertThat(Template.clean("a" + new String(Character.toChars(0x1D173)) + "b")).isEqualTo("a b");
    // visible characters outside the basic plane are kept
    assertThat(Template.clean("Sam \uD83D\uDE42")).isEqualTo("Sam \uD83D\uDE42");
  }

  @Test
  void cleanCollapsesRunsTrimsAndReturnsNullWhenNothingIsLeft() {
    assertThat(Template.clean("  Sam  \n\n  Lee  ")).isEqualTo("Sam Lee");
    assertThat(Template.clean("Sam")).isEqualTo("Sam");
    assertThat(Template.clean("")).isNull();
    assertThat(Template.clean(" \n\t\u200B\u202E ")).isNull();
  }

  @Property(tries = 300)
  void cleanLeavesNoControlFormatOrRepeatedSpace(@ForAll @NotBlank String raw) {
    String cleaned = Template.clean(raw);
    if (cleaned == null) {
      return;
    }
    assertThat(cleaned).isEqualTo(cleaned.strip()).doesNotContain("  ");
    cleaned.codePoints().forEach(cp -> {
      assertThat(Character.isISOControl(cp)).as("U+%04X", cp).isFalse();
      assertThat(Character.getType(cp)).as("U+%04X", cp).isNotEqualTo((int) Character.FORMAT);
      assertThat(cp == ' ' || !Character.isWhitespace(cp)).as("U+%04X", cp).isTrue();
    });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Hi {nickname}.|unknown placeholder {nickname} at offset 3",
        "Hi {}.|unknown placeholder {} at offset 3",
        "ok]|']' without '[' at offset 2",
        "[a[b]]|nested '[' at offset 2",
        "Hi {exName|'{' without '}' at offset 3",
        "Hi exName}|'}' without '{' at offset 9",
        "Hi [{exName}, I need space.|'[' at offset 3 is never closed",
      })
  void parseErrorsNameTheOffset(String text, String message) {
    assertThatIllegalArgumentException().isThrownBy(() -> Template.parse(text)).withMessageStartingWith(message);
  }

  @Test
  void theKnownPlaceholders() {
    assertThat(Template.KNOWN).containsExactlyInAnyOrder("exName", "matter", "topic", "reasons", "time", "place",
        "alternative", "detail", "allowedTopics", "allowedChannels", "channel");
    assertThat(Template.NAMES).hasSize(Template.SLOTS);
  }

  /** Renders with values by name, as the engine fills them by slot. */
  private static String render(Template t, java.util.Map<String, String> byName) {
    String[] values = new String[Template.SLOTS];
    byName.forEach((name, value) -> values[Template.NAMES.indexOf(name)] = value);
    return t.render(values);
  }
}
