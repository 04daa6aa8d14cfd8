package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.junit.jupiter.api.Test;

/** The compiled table finds the same first row as a row-by-row search, in every situation. */
class CompiledTableTest {

  @Test
  void theTransposedTableFindsTheFirstMatchingRow() {
    assertSameAsRowByRow(new CompiledTable(TestPolicy.table()));
  }

  @Test
  void aTableOfMoreThan64RowsIsSearchedRowByRow() {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      rules.add(TestPolicy.rule("social-" + i, Action.MUTE, EscalationStep.MUTE)
          .addChannels(Channel.values()[i % Channel.values().length]).build());
    }
    rules.addAll(TestPolicy.rules());
    assertSameAsRowByRow(new CompiledTable(DecisionTable.builder().rules(rules).build()));
  }

  @Test
  void verificationFindsTheSameShadowedRowsInSmallAndLargeTables() {
    for (int socials : new int[] {20, 70}) { // 36 rows: transposed; 86 rows: row by row
      List<Rule> rules = new ArrayList<>();
      for (int i = 0; i < socials; i++) {
        rules.add(TestPolicy.rule("social-" + i, Action.MUTE, EscalationStep.MUTE)
            .addChannels(Channel.values()[i % Channel.values().length]).build());
      }
      rules.addAll(TestPolicy.rules());
      List<String> problems = new CompiledTable(DecisionTable.builder().rules(rules).build()).verify();
      assertThat(problems).as("%d rows", rules.size())
          .contains("rule social-9 can never win: rows before it match every situation it matches")
          .contains("rule state can never win: rows before it match every situation it matches")
          .doesNotContain("rule social-8 can never win: rows before it match every situation it matches")
          // one line for the rule, however many situations: every URGENT situation on its channel
          .anyMatch(p -> p.startsWith("rule social-0 answers an URGENT contact with MUTE in ")
              && p.contains(" situations (for example category="))
          .noneMatch(p -> p.startsWith("... and "));
    }
  }

  private static void assertSameAsRowByRow(CompiledTable table) {
    for (ContactCategory category : ContactCategory.values()) {
      for (Safety safety : Safety.values()) {
        for (ContactLevel level : ContactLevel.values()) {
          for (Channel channel : Channel.values()) {
            for (LadderPosition position : LadderPosition.values()) {
              for (int flags = 0; flags < 16; flags++) {
                boolean topicOk = (flags & 1) != 0;
                boolean channelOk = (flags & 2) != 0;
                boolean late = (flags & 4) != 0;
                boolean asks = (flags & 8) != 0;
                int expected = -1;
                for (int r = 0; r < table.size() && expected < 0; r++) {
                  if (table.matches(r, category, safety, level, channel, position, topicOk, channelOk, late, asks)) {
                    expected = r;
                  }
                }
                assertThat(table.first(category, safety, level, channel, position, topicOk, channelOk, late, asks))
                    .as("%s %s %s %s %s %s %s %s %s", category, safety, level, channel, position, topicOk, channelOk, late,
                        asks)
                    .isEqualTo(expected);
              }
            }
          }
        }
      }
    }
  }
}
