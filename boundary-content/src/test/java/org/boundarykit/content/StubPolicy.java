package org.boundarykit.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boundarykit.Action;
import org.boundarykit.Audience;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.ContactCategory;
import org.boundarykit.EscalationStep;
import org.boundarykit.ResourceKind;
import org.boundarykit.Safety;
import org.boundarykit.SafetyResource;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.Rule;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;

/**
 * A classifier whose answers the test chooses, and a three-row policy whose answers can be worked
 * out by hand: URGENT gets emergency help, CONCERN a record, anything else a scripted reply. The
 * engine raises a threat or self-harm category to CONCERN at least, as every engine does.
 */
final class StubPolicy {
  private StubPolicy() {}

  /** Answers each text as told; records every call and its context. */
  static final class StubClassifier implements ContactClassifier {
    private final Map<String, Classification> answers = new HashMap<>();
    final List<ClassificationContext> calls = new ArrayList<>();

    StubClassifier answer(String text, ContactCategory category, Safety safety, String... cues) {
      answers.put(text, Classification.builder().category(category).safety(safety).confidence(0.75)
          .addCues(cues).build());
      return this;
    }

    @Override
    public synchronized Classification classify(String text, ClassificationContext context) {
      calls.add(context);
      Classification c = answers.get(text);
      if (c == null) {
        throw new IllegalStateException("no answer chosen for \"" + text + "\"");
      }
      return c;
    }
  }

  static BoundaryEngine engine(ContactClassifier classifier) {
    DecisionTable table = DecisionTable.builder().rules(List.of(
        Rule.builder().id("urgent").addSafety(Safety.URGENT).action(Action.CONTACT_EMERGENCY_SERVICES)
            .reason("Danger comes first.").build(),
        Rule.builder().id("concern").addSafety(Safety.CONCERN).action(Action.DOCUMENT).step(EscalationStep.DOCUMENT)
            .reason("Keep a record.").build(),
        Rule.builder().id("reply").action(Action.REPLY).step(EscalationStep.STATE_BOUNDARY)
            .script(ScriptPurpose.STATE_BOUNDARY).reason("Say it once.").build())).build();
    List<Script> scripts = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      scripts.add(Script.builder().id("say-it-" + i).audience(Audience.EX).purpose(ScriptPurpose.STATE_BOUNDARY)
          .text("I need space, so please stop writing. Version " + i + ".").build());
    }
    SafetyResource anywhere = SafetyResource.builder().id("anywhere").addRegions(SafetyResource.ANY_REGION)
        .kind(ResourceKind.EMERGENCY).name("Emergency").contact("your local emergency number")
        .lastChecked(LocalDate.of(2026, 1, 1)).build();
    return BoundaryEngine.builder().table(table).scripts(scripts).resources(List.of(anywhere)).classifier(classifier)
        .build();
  }
}
