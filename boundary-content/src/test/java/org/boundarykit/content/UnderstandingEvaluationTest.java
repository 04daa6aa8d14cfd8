package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Data test: the default pack's reading of the project's evaluation sets, dev and blind side by
 * side. The floors are regression guards a little under what was measured when the set was
 * added; they are not targets, and nothing in the understanding data was made from a blind item
 * (see {@code eval/README.md}).
 */
class UnderstandingEvaluationTest {

  private static EvaluationReport evaluate(String set) throws IOException, URISyntaxException {
    Path file = Path.of(UnderstandingEvaluationTest.class.getResource("/eval/" + set + "/messages.jsonl").toURI());
    LabelledSet labelled = LabelledSet.read(file);
    assertThat(labelled.problems()).as(set).isEmpty();
    return labelled.evaluate(ContentPack.defaults());
  }

  @Test
  void devAndBlindFiguresSideBySide() throws Exception {
    EvaluationReport dev3 = evaluate("dev-v3");
    EvaluationReport dev4 = evaluate("dev-v4"); // blind-v2 until its misses were read
    EvaluationReport dev5 = evaluate("dev-v5"); // blind-v3 until its misses were read
    EvaluationReport blind4 = evaluate("blind-v4"); // misses never read
    EvaluationReport blind5 = evaluate("blind-v5"); // measured once, with this model; misses never read
    for (EvaluationReport r : new EvaluationReport[] {dev3, dev4, dev5, blind4, blind5}) {
      EvaluationReport.SafetyScores s = r.safety();
      System.out.printf("%s: URGENT recall %s, CONCERN-or-more recall %s, false URGENT on hard negatives %s,"
              + " false CONCERN-or-more on hard negatives %s, dangerous answered with a script %s, macro-F1 %.3f%n",
          r.name(), s.urgentRecall(), s.concernOrMoreRecall(), s.falseUrgentOnHardNegatives(),
          s.falseConcernOrMoreOnHardNegatives(), s.dangerousAnsweredWithScript(),
          r.categories().macroF1().orElse(0.0));
    }
    assertThat(dev3.itemCount()).isEqualTo(480);
    assertThat(dev4.itemCount()).isEqualTo(480);
    assertThat(dev5.itemCount()).isEqualTo(478);
    assertThat(blind4.itemCount()).isEqualTo(471);
    assertThat(blind5.itemCount()).isEqualTo(476);
    // regression floors a little under what was measured (URGENT / CONCERN-or-more recall:
    // dev-v3 0.937 / 0.971, dev-v4 0.958 / 0.953, dev-v5 0.895 / 0.942, blind-v4 0.853 / 0.924,
    // blind-v5 0.883 / 0.947)
    floors(dev3, 0.91, 0.95, 2, 0.74);
    floors(dev4, 0.93, 0.93, 4, 0.75);
    floors(dev5, 0.87, 0.92, 6, 0.68);
    floors(blind4, 0.83, 0.90, 6, 0.67);
    floors(blind5, 0.86, 0.92, 7, 0.64);
  }

  /** Recall floors, the most dangerous messages answered with a script, and a macro-F1 floor. */
  private static void floors(EvaluationReport r, double urgent, double concernOrMore, int scripted, double macroF1) {
    assertThat(r.safety().urgentRecall().value().orElseThrow()).as(r.name() + " urgentRecall").isGreaterThan(urgent);
    assertThat(r.safety().concernOrMoreRecall().value().orElseThrow()).as(r.name() + " concernOrMoreRecall")
        .isGreaterThan(concernOrMore);
    assertThat(r.safety().dangerousAnsweredWithScript().count()).as(r.name() + " scripted").isLessThanOrEqualTo(scripted);
    assertThat(r.categories().macroF1().orElseThrow()).as(r.name() + " macro-F1").isGreaterThan(macroF1);
  }
}
