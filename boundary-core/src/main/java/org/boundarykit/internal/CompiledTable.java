package org.boundarykit.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.Action;
import org.boundarykit.Channel;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.Safety;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * A decision table compiled to bit masks: matching a situation is a handful of integer tests per
 * row. Also verifies the table over every feasible combination of its finite dimensions.
 */
@SuppressWarnings("EnumOrdinal") // bit masks over ordinals, as EnumSet does; rebuilt with every engine
public final class CompiledTable {

  private static final ContactCategory[] CATEGORIES = ContactCategory.values();
  private static final Safety[] SAFETY = Safety.values();
  private static final ContactLevel[] LEVELS = ContactLevel.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final LadderPosition[] LADDER = LadderPosition.values();

  /** Actions that must never answer an URGENT contact: replies, and silence alone. */
  private static final Set<Action> NOT_FOR_URGENT = Set.of(
      Action.REPLY, Action.REPLY_LOGISTICS, Action.TELL_FRIENDS, Action.NO_REPLY, Action.MUTE, Action.BLOCK,
      Action.ASK_USER);

  private final Rule[] rules;
  private final int[] categories;
  private final int[] safety;
  private final int[] levels;
  private final int[] channels;
  private final int[] ladder;
  private final byte[] topicAllowed;
  private final byte[] channelAllowed;
  private final byte[] lateNight;
  private final byte[] asks;
  /**
   * The same table transposed, for up to 64 rows: for each value of each dimension, the rows that
   * accept it as bits; the rows matching a situation are the AND of eight words. Null for larger
   * tables, which are matched row by row.
   */
  private final long @Nullable [][] rowsAccepting;

  /**
   * Compiles a table.
   *
   * @param table the table
   */
  public CompiledTable(DecisionTable table) {
    List<Rule> list = table.rules();
    int n = list.size();
    rules = list.toArray(new Rule[0]);
    categories = new int[n];
    safety = new int[n];
    levels = new int[n];
    channels = new int[n];
    ladder = new int[n];
    topicAllowed = new byte[n];
    channelAllowed = new byte[n];
    lateNight = new byte[n];
    asks = new byte[n];
    for (int r = 0; r < n; r++) {
      Rule rule = rules[r];
      categories[r] = mask(rule.categories(), CATEGORIES.length);
      safety[r] = mask(rule.safety(), SAFETY.length);
      levels[r] = mask(rule.levels(), LEVELS.length);
      channels[r] = mask(rule.channels(), CHANNELS.length);
      ladder[r] = mask(rule.ladder(), LADDER.length);
      topicAllowed[r] = tri(rule.topicAllowed());
      channelAllowed[r] = tri(rule.channelAllowed());
      lateNight[r] = tri(rule.lateNight());
      asks[r] = tri(rule.asks());
    }
    rowsAccepting = n <= Long.SIZE ? transpose() : null;
  }

  private static final int BY_CATEGORY = 0;
  private static final int BY_SAFETY = 1;
  private static final int BY_LEVEL = 2;
  private static final int BY_CHANNEL = 3;
  private static final int BY_LADDER = 4;
  private static final int BY_TOPIC_OK = 5;
  private static final int BY_CHANNEL_OK = 6;
  private static final int BY_LATE = 7;
  private static final int BY_ASKS = 8;
  /** The four flag dimensions (topic allowed, channel allowed, late night, asks) as bits. */
  private static final int FLAG_COMBINATIONS = 16;

  private long[][] transpose() {
    long[][] by = {
      new long[CATEGORIES.length], new long[SAFETY.length], new long[LEVELS.length], new long[CHANNELS.length],
      new long[LADDER.length], new long[2], new long[2], new long[2], new long[2]
    };
    int[][] masks = {categories, safety, levels, channels, ladder};
    byte[][] tris = {topicAllowed, channelAllowed, lateNight, asks};
    for (int r = 0; r < rules.length; r++) {
      long bit = 1L << r;
      for (int d = 0; d < masks.length; d++) {
        for (int v = 0; v < by[d].length; v++) {
          if ((masks[d][r] & (1 << v)) != 0) {
            by[d][v] |= bit;
          }
        }
      }
      for (int t = 0; t < tris.length; t++) {
        for (int v = 0; v < 2; v++) {
          if (triMatches(tris[t][r], v == 1)) {
            by[BY_TOPIC_OK + t][v] |= bit;
          }
        }
      }
    }
    return by;
  }

  private static int mask(Set<? extends Enum<?>> values, int size) {
    if (values.isEmpty()) {
      return (1 << size) - 1;
    }
    int mask = 0;
    for (Enum<?> value : values) {
      mask |= 1 << value.ordinal();
    }
    return mask;
  }

  private static byte tri(Optional<Boolean> value) {
    return value.isEmpty() ? (byte) -1 : value.get() ? (byte) 1 : (byte) 0;
  }

  private static boolean triMatches(byte condition, boolean value) {
    return condition < 0 || (condition == 1) == value;
  }

  /** {@return the rows, in order} */
  public Rule rule(int index) {
    return rules[index];
  }

  /**
   * Whether row {@code r} matches the situation.
   *
   * @return true if every condition of the row holds
   */
  public boolean matches(
      int r,
      ContactCategory category,
      Safety level,
      ContactLevel contactLevel,
      Channel channel,
      LadderPosition position,
      boolean topicOk,
      boolean channelOk,
      boolean late,
      boolean asking) {
    return (categories[r] & (1 << category.ordinal())) != 0
        && (safety[r] & (1 << level.ordinal())) != 0
        && (levels[r] & (1 << contactLevel.ordinal())) != 0
        && (channels[r] & (1 << channel.ordinal())) != 0
        && (ladder[r] & (1 << position.ordinal())) != 0
        && triMatches(topicAllowed[r], topicOk)
        && triMatches(channelAllowed[r], channelOk)
        && triMatches(lateNight[r], late)
        && triMatches(asks[r], asking);
  }

  /** {@return the number of rows} */
  public int size() {
    return rules.length;
  }

  /**
   * The first matching row (hit policy FIRST), or -1.
   *
   * @return the index of the winning row, or -1 if none matches
   */
  public int first(
      ContactCategory category,
      Safety level,
      ContactLevel contactLevel,
      Channel channel,
      LadderPosition position,
      boolean topicOk,
      boolean channelOk,
      boolean late,
      boolean asking) {
    long[][] by = rowsAccepting;
    if (by != null) {
      long rows = by[BY_CATEGORY][category.ordinal()]
          & by[BY_SAFETY][level.ordinal()]
          & by[BY_LEVEL][contactLevel.ordinal()]
          & by[BY_CHANNEL][channel.ordinal()]
          & by[BY_LADDER][position.ordinal()]
          & by[BY_TOPIC_OK][topicOk ? 1 : 0]
          & by[BY_CHANNEL_OK][channelOk ? 1 : 0]
          & by[BY_LATE][late ? 1 : 0]
          & by[BY_ASKS][asking ? 1 : 0];
      return rows == 0 ? -1 : Long.numberOfTrailingZeros(rows);
    }
    for (int r = 0; r < rules.length; r++) {
      if (matches(r, category, level, contactLevel, channel, position, topicOk, channelOk, late, asking)) {
        return r;
      }
    }
    return -1;
  }

  /**
   * The safety level the engine decides with: a threat or self-harm category is never below
   * CONCERN, whatever label it came with.
   *
   * @param category the contact's category
   * @param given the given or classified safety level
   * @return the effective level
   */
  public static Safety effectiveSafety(ContactCategory category, Safety given) {
    if (category == ContactCategory.SELF_HARM_THREAT || category == ContactCategory.THREAT_HARASSMENT) {
      return given.atLeast(Safety.CONCERN);
    }
    return given;
  }

  /**
   * Checks every feasible situation: each must be covered by a row, no URGENT situation may be
   * answered with a reply or with silence alone, and every row must win somewhere. No row may ask
   * the user ({@link Action#ASK_USER}): the engine does that before the table, and only at safety
   * NONE.
   *
   * @return the problems found, each naming rows and an example situation; empty if none
   */
  public List<String> verify() {
    List<String> problems = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.action() == Action.ASK_USER || rule.followUps().contains(Action.ASK_USER)) {
        problems.add("rule " + rule.id() + ": ASK_USER is decided by the engine when a message cannot be read with"
            + " confidence, never by a rule");
      }
    }
    BitSet winners = new BitSet(rules.length);
    int uncovered = 0;
    // unsafe answers are summarised by rule: how many situations, and the first one as an example
    int[] unsafeCount = new int[rules.length];
    java.util.Map<Integer, String> unsafeExample = new java.util.TreeMap<>();
    long[][] by = rowsAccepting;
    // with the transposed table, the four flag dimensions are ANDed once for each of the 16
    // combinations, and the five enum dimensions once for all 16: this loop runs about 110,000
    // times, mostly before the JIT compiler has seen it
    long[] flagRows = new long[FLAG_COMBINATIONS];
    if (by != null) {
      for (int flags = 0; flags < FLAG_COMBINATIONS; flags++) {
        flagRows[flags] = by[BY_TOPIC_OK][flags & 1] & by[BY_CHANNEL_OK][(flags >> 1) & 1] & by[BY_LATE][(flags >> 2) & 1]
            & by[BY_ASKS][(flags >> 3) & 1];
      }
    }
    long winnersLow = 0; // the winners among the first 64 rows, as bits; the rest go in the BitSet
    for (ContactCategory category : CATEGORIES) {
      for (Safety given : SAFETY) {
        if (effectiveSafety(category, given) != given) {
          continue; // never seen: the engine raises it first
        }
        boolean urgent = given == Safety.URGENT;
        for (ContactLevel level : LEVELS) {
          boolean noContact = level == ContactLevel.NO_CONTACT;
          for (Channel channel : CHANNELS) {
            for (LadderPosition position : LADDER) {
              long fixed = by == null ? 0
                  : by[BY_CATEGORY][category.ordinal()] & by[BY_SAFETY][given.ordinal()] & by[BY_LEVEL][level.ordinal()]
                      & by[BY_CHANNEL][channel.ordinal()] & by[BY_LADDER][position.ordinal()];
              for (int flags = 0; flags < FLAG_COMBINATIONS; flags++) {
                if (noContact && (flags & 3) != 0) {
                  continue; // a NO_CONTACT plan allows no topic and no channel
                }
                int r;
                if (by == null) {
                  r = first(category, given, level, channel, position, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                      (flags & 8) != 0);
                } else {
                  long rows = fixed & flagRows[flags];
                  r = rows == 0 ? -1 : Long.numberOfTrailingZeros(rows);
                }
                if (r < 0) {
                  if (uncovered++ < 5) {
                    problems.add("no rule covers the situation "
                        + situation(category, given, level, channel, position, flags));
                  }
                  continue;
                }
                if (r < 64) {
                  winnersLow |= 1L << r;
                } else {
                  winners.set(r);
                }
                if (urgent && NOT_FOR_URGENT.contains(rules[r].action())) {
                  if (unsafeCount[r]++ == 0) {
                    unsafeExample.put(r, situation(category, given, level, channel, position, flags));
                  }
                }
              }
            }
          }
        }
      }
    }
    winners.or(BitSet.valueOf(new long[] {winnersLow}));
    if (uncovered > 5) {
      problems.add("... and " + (uncovered - 5) + " more situations no rule covers");
    }
    for (java.util.Map.Entry<Integer, String> e : unsafeExample.entrySet()) {
      int r = e.getKey();
      int n = unsafeCount[r];
      problems.add("rule " + rules[r].id() + " answers an URGENT contact with " + rules[r].action() + " in " + n
          + (n == 1 ? " situation" : " situations") + " (for example " + e.getValue()
          + "); URGENT contacts need CONTACT_EMERGENCY_SERVICES, DOCUMENT or SEEK_LEGAL_HELP");
    }
    for (int r = 0; r < rules.length; r++) {
      if (!winners.get(r)) {
        problems.add("rule " + rules[r].id() + " can never win: rows before it match every situation it matches");
      }
    }
    return problems;
  }

  /** The situation named in a problem: built only when there is one to report. */
  private static String situation(
      ContactCategory category,
      Safety given,
      ContactLevel level,
      Channel channel,
      LadderPosition position,
      int flags) {
    return "category="
        + category
        + ", safety="
        + given
        + ", level="
        + level
        + ", channel="
        + channel
        + ", ladder="
        + position
        + ", topicAllowed="
        + ((flags & 1) != 0)
        + ", channelAllowed="
        + ((flags & 2) != 0)
        + ", lateNight="
        + ((flags & 4) != 0)
        + ", asks="
        + ((flags & 8) != 0);
  }
}
