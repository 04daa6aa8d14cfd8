package org.boundarykit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * An explanation as the engine makes it: it keeps the situation the table was asked about and
 * works out the matched rules on first access, once (published by compare-and-set, so every thread
 * sees the same list). The rows before the winner cannot match, so the search starts at the winner.
 */
final class EngineExplanation extends Explanation {

  private static final VarHandle MATCHED;

  static {
    try {
      MATCHED = MethodHandles.lookup().findVarHandle(EngineExplanation.class, "matched", List.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final CompiledTable table;
  private final int winner;
  private final ContactCategory category;
  private final Safety safety;
  private final ContactLevel level;
  private final Channel channel;
  private final LadderPosition ladder;
  private final boolean topicOk;
  private final boolean channelOk;
  private final boolean late;
  private final boolean classified;
  private final List<String> cues;
  @SuppressWarnings("UnusedVariable") // read and written through MATCHED
  private volatile @Nullable List<String> matched;

  @SuppressWarnings("TooManyParameters") // the situation, field by field, called from one place
  EngineExplanation(
      CompiledTable table,
      int winner,
      ContactCategory category,
      Safety safety,
      ContactLevel level,
      Channel channel,
      LadderPosition ladder,
      boolean topicOk,
      boolean channelOk,
      boolean late,
      boolean classified,
      List<String> cues) {
    this.table = table;
    this.winner = winner;
    this.category = category;
    this.safety = safety;
    this.level = level;
    this.channel = channel;
    this.ladder = ladder;
    this.topicOk = topicOk;
    this.channelOk = channelOk;
    this.late = late;
    this.classified = classified;
    this.cues = cues;
  }

  @Override
  @SuppressWarnings("unchecked") // MATCHED only ever holds a List<String>
  public List<String> matchedRules() {
    List<String> m = matched;
    if (m == null) {
      List<String> ids = new ArrayList<>(4);
      for (int r = winner; r < table.size(); r++) {
        if (table.matches(r, category, safety, level, channel, ladder, topicOk, channelOk, late)) {
          ids.add(table.rule(r).id());
        }
      }
      List<String> found = List.copyOf(ids);
      List<String> witness = (List<String>) MATCHED.compareAndExchange(this, (List<String>) null, found);
      m = witness == null ? found : witness;
    }
    return m;
  }

  @Override
  public String winningRule() {
    return rule().id();
  }

  @Override
  public String reason() {
    return rule().reason();
  }

  private Rule rule() {
    return table.rule(winner);
  }

  @Override
  public LadderPosition ladder() {
    return ladder;
  }

  @Override
  public boolean classified() {
    return classified;
  }

  @Override
  public List<String> cues() {
    return cues;
  }
}
