package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.boundarykit.internal.Template;

/**
 * Values from the app (the ex's name, the matter, the user's reasons) go into scripts literally,
 * cleaned of control characters and line breaks, and are never read as template syntax: rendering
 * with a hostile value gives exactly the text rendered with a plain marker, with the marker
 * replaced by the cleaned value.
 */
class InsertedValuesTest {

  private static final BoundaryEngine ENGINE = TestPolicy.engine();
  private static final String MARKER = "Qmarker";

  @Provide
  Arbitrary<String> hostileValue() {
    Arbitrary<String> syntax = Arbitraries.strings()
        .withChars("{}[]<>&\"'\\/$%#@!*\n\r\t\u0000\u0007\u001B\u2028\u2029\u202E\u200B\u00AD")
        .withChars("abcSam ")
        .ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> placeholders = Arbitraries.of(
        "{exName}", "{matter}", "[{topic}]", "{reasons}", "<script>alert(1)</script>", "Sam\n\nPS: call me",
        "${jndi:x}", "%s%n", "{{exName}}", "]{exName}[", "Sam\u202Eevil", "\u0000Sam\u0000");
    return Arbitraries.oneOf(syntax, placeholders)
        .filter(v -> !v.isBlank() && Template.clean(v) != null && !v.contains(MARKER));
  }

  @Property(tries = 300)
  void theExNameIsInsertedLiterallyAndCleaned(@ForAll("hostileValue") String name) {
    Contact contact = Situations.text(0, ContactCategory.NOSTALGIA_HOOVER);
    String plain = script(Situations.noContact(), contact, MARKER);
    String hostile = script(Situations.noContact(), contact, name);
    String cleaned = Template.clean(name);
    assertThat(plain).contains(MARKER);
    assertThat(hostile).isEqualTo(plain.replace(MARKER, cleaned));
    assertThat(hostile).doesNotContain("\n", "\r", "\u0000", "\u202E");
  }

  @Property(tries = 300)
  void theMatterIsInsertedLiterallyAndCleaned(@ForAll("hostileValue") String matter) {
    BoundaryPlan plan = Situations.coParenting();
    String plain = logistics(plan, MARKER);
    String hostile = logistics(plan, matter);
    assertThat(plain).contains(MARKER);
    assertThat(hostile).isEqualTo(plain.replace(MARKER, Template.clean(matter)));
  }

  @Property(tries = 300)
  void theReasonsAreInsertedLiterallyAndCleaned(@ForAll("hostileValue") String reason) {
    BoundaryPlan plain = BoundaryPlan.builder().from(Situations.noContact()).addReasons(MARKER).build();
    BoundaryPlan hostile = BoundaryPlan.builder().from(Situations.noContact()).addReasons(reason).build();
    Contact contact = Situations.text(0, ContactCategory.NOSTALGIA_HOOVER);
    String plainLine = ENGINE.recommend(plain, ContactHistory.empty(), contact).selfCare().orElseThrow();
    String hostileLine = ENGINE.recommend(hostile, ContactHistory.empty(), contact).selfCare().orElseThrow();
    assertThat(plainLine).contains(MARKER);
    String cleaned = Template.clean(reason);
    // trailing sentence punctuation of a reason is dropped so that the template's own full stop ends it
    String expected = cleaned.replaceAll("(?<=.)[.!;]+$", "");
    assertThat(hostileLine).isEqualTo(plainLine.replace(MARKER, expected));
  }

  private static String script(BoundaryPlan plan, Contact contact, String exName) {
    BoundaryPlan named = BoundaryPlan.builder().from(plan).exName(exName).build();
    return ENGINE.recommend(named, ContactHistory.empty(), contact).script().orElseThrow().text();
  }

  private static String logistics(BoundaryPlan plan, String matter) {
    Contact contact = Contact.builder().at(Situations.T0).channel(Channel.TEXT)
        .category(ContactCategory.LEGITIMATE_LOGISTICS).topic(Topic.CHILDREN).safety(Safety.NONE)
        .matter(matter).build();
    Recommendation r = ENGINE.recommend(plan, ContactHistory.empty(), contact);
    assertThat(r.action()).isEqualTo(Action.REPLY_LOGISTICS);
    return r.script().map(RenderedScript::text).orElseThrow();
  }

}
