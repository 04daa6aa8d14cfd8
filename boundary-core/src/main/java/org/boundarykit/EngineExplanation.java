package org.boundarykit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boundarykit.internal.CompiledTable;
import org.boundarykit.internal.HistorySafety;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.boundarykit.spi.Classification;
import org.jspecify.annotations.Nullable;

/**
 * An explanation as the engine makes it: it keeps the situation the table was asked about and
 * works out the matched rules on first access, once (published by compare-and-set, so every thread
 * sees the same list). The rows before the winner cannot match, so the search starts at the winner.
 * When the engine asked the user instead of deciding, there is no winner and no matched rule.
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

  /**
   * The situation the table was asked about.
   *
   * @param category the category decided with
   * @param safety the safety decided with, after every floor
   * @param level the plan's level
   * @param channel the contact's channel
   * @param ladder the position on the ladder
   * @param topicOk whether the plan allows the contact's topic
   * @param channelOk whether the plan allows the contact's channel
   * @param late whether it arrived late at night
   * @param asks whether the message asks something of the reader
   */
  record Situation(
      ContactCategory category,
      Safety safety,
      ContactLevel level,
      Channel channel,
      LadderPosition ladder,
      boolean topicOk,
      boolean channelOk,
      boolean late,
      boolean asks) {}

  /**
   * How the category and safety came about.
   *
   * @param givenCategory the category the app gave
   * @param givenSafety the safety the app gave
   * @param reading what the classifier read, or null
   * @param raisedBy what in the history raised the safety; put in words on access
   * @param delayed whether the contact was sent before the last history entry
   */
  record Labels(
      Optional<ContactCategory> givenCategory,
      Optional<Safety> givenSafety,
      @Nullable Classification reading,
      List<HistorySafety.Raise> raisedBy,
      boolean delayed) {}

  private final CompiledTable table;
  private final int winner;
  private final Situation situation;
  private final Labels labels;
  private final @Nullable String askReason;
  @SuppressWarnings("UnusedVariable") // read and written through MATCHED
  private volatile @Nullable List<String> matched;

  /**
   * An explanation.
   *
   * @param table the compiled table
   * @param winner the index of the winning row, or -1 when the engine asked the user
   * @param situation what the table was asked about
   * @param labels how the category and safety came about
   * @param askReason why the engine asked, when it did; null otherwise
   */
  EngineExplanation(CompiledTable table, int winner, Situation situation, Labels labels, @Nullable String askReason) {
    this.table = table;
    this.winner = winner;
    this.situation = situation;
    this.labels = labels;
    this.askReason = askReason;
  }

  @Override
  @SuppressWarnings("unchecked") // MATCHED only ever holds a List<String>
  public List<String> matchedRules() {
    List<String> m = matched;
    if (m == null) {
      List<String> ids = new ArrayList<>(4);
      Situation s = situation;
      for (int r = winner; r >= 0 && r < table.size(); r++) {
        if (table.matches(r, s.category(), s.safety(), s.level(), s.channel(), s.ladder(), s.topicOk(), s.channelOk(),
            s.late(), s.asks())) {
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
    Rule rule = rule();
    return rule == null ? ASKED : rule.id();
  }

  @Override
  public String reason() {
    Rule rule = rule();
    if (rule != null) {
      return rule.reason();
    }
    return askReason != null ? askReason : "";
  }

  private @Nullable Rule rule() {
    return winner >= 0 ? table.rule(winner) : null;
  }

  @Override
  public LadderPosition ladder() {
    return situation.ladder();
  }

  @Override
  public boolean classified() {
    return labels.reading() != null;
  }

  @Override
  public List<String> cues() {
    Classification read = labels.reading();
    return read != null ? read.cues() : List.of();
  }

  @Override
  public Optional<ContactCategory> givenCategory() {
    return labels.givenCategory();
  }

  @Override
  public Optional<Safety> givenSafety() {
    return labels.givenSafety();
  }

  @Override
  public Optional<Classification> reading() {
    return Optional.ofNullable(labels.reading());
  }

  @Override
  public List<String> raisedBy() {
    List<HistorySafety.Raise> raises = labels.raisedBy();
    if (raises.isEmpty()) {
      return List.of();
    }
    String[] notes = new String[raises.size()];
    for (int i = 0; i < notes.length; i++) {
      notes[i] = raises.get(i).note();
    }
    return List.of(notes);
  }

  @Override
  public boolean delayed() {
    return labels.delayed();
  }
}
