package org.boundarykit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.HistoryEntry;
import org.boundarykit.Safety;
import org.boundarykit.rules.EscalationThresholds;
import org.jspecify.annotations.Nullable;

/**
 * How the conversation so far raises the safety floor of a new contact: an earlier CONCERN or
 * URGENT contact in the concern window raises it to CONCERN, an earlier URGENT contact in the
 * urgent window to URGENT, and an escalation (many contacts in a short window, or safety rising
 * across the last contacts) to CONCERN. Each raise comes with the words that name it.
 *
 * <p>Only entries inside the longest window are looked at, newest first, at most {@link
 * #MAX_ENTRIES} of them; an entry's text is read only when its safety is needed.
 */
public final class HistorySafety {

  /** Most earlier entries looked at for one contact. */
  public static final int MAX_ENTRIES = EscalationThresholds.MAX_ESCALATION_COUNT;

  private HistorySafety() {}

  /** Reads an earlier contact as the engine reads a new one. */
  public interface Reader {
    /**
     * Reads one earlier contact.
     *
     * @param contact the earlier contact
     * @return its reading
     */
    Reading read(Contact contact);
  }

  /**
   * One thing in the history that raises the floor. Its words are put together only when asked
   * for, so a recommendation nobody explains costs no string building.
   *
   * @param level the floor it raises the new contact to
   * @param category the category of the earlier contact that raised it, or null for an escalation
   * @param earlier the safety of that earlier contact (for rising severity: of the newer of the two)
   * @param older for rising severity, the safety of the older of the two; otherwise null
   * @param ago how long before the new contact the earlier one came (for an escalation: its window)
   * @param count for an escalation by count, the contacts in the window; otherwise 0
   */
  public record Raise(
      Safety level,
      @Nullable ContactCategory category,
      Safety earlier,
      @Nullable Safety older,
      Duration ago,
      int count) {

    /**
     * What raised the floor, in plain words: "raised to CONCERN: a CONCERN contact 3 hours
     * earlier", "escalation: 6 contacts in the last hour", "escalation: safety rising over the last
     * contacts (NONE, then CONCERN)".
     *
     * @return the words
     */
    public String note() {
      if (count > 0) {
        return "escalation: " + count + " contacts in the last " + HistorySafety.span(ago);
      }
      if (older != null) {
        return "escalation: safety rising over the last contacts (" + older + ", then " + earlier + ")";
      }
      return "raised to " + level + ": " + (earlier == Safety.URGENT ? "an " : "a ") + earlier + " contact " + HistorySafety.ago(ago);
    }
  }

  /**
   * The category and safety a contact is decided with, after the history has raised the floor.
   *
   * @param category the category: the contact's own, or SELF_HARM_THREAT when an earlier self-harm
   *     threat raised its safety (a follow-up to a self-harm threat keeps its own path)
   * @param safety the safety after every floor
   * @param raisedBy what raised it above the contact's own, the most severe first
   */
  public record Floor(ContactCategory category, Safety safety, List<Raise> raisedBy) {
    /**
     * The floor of a contact nothing in the history raises.
     *
     * @param own how the contact was read
     * @return its own category and safety
     */
    public static Floor of(Reading own) {
      return new Floor(own.category(), own.safety(), List.of());
    }
  }

  /**
   * The category and safety of a contact arriving at {@code at}, read as {@code own}, after what
   * in the history raises its floor.
   *
   * @param entries the earlier contacts, oldest first
   * @param at when the new contact arrived
   * @param own how the new contact was read
   * @param thresholds the windows and the escalation count
   * @param reader reads an earlier contact
   * @return the floor; what raised it names only what lifted it above the contact's own safety
   */
  public static Floor floor(
      List<HistoryEntry> entries, Instant at, Reading own, EscalationThresholds thresholds, Reader reader) {
    List<Raise> raises = raises(entries, at, thresholds, reader);
    if (raises.isEmpty()) {
      return Floor.of(own);
    }
    Safety safety = own.safety();
    ContactCategory category = own.category();
    List<Raise> raisedBy = new ArrayList<>(4);
    for (Raise raise : raises) {
      if (raise.level().compareTo(own.safety()) <= 0) {
        continue;
      }
      if (raise.level().compareTo(safety) > 0) {
        safety = raise.level();
        if (raise.category() == ContactCategory.SELF_HARM_THREAT && !Reading.isThreat(own.category())) {
          category = ContactCategory.SELF_HARM_THREAT;
        }
      }
      raisedBy.add(raise);
    }
    return new Floor(category, CompiledTable.effectiveSafety(category, safety), List.copyOf(raisedBy));
  }

  /**
   * What in the history raises the floor of a contact arriving at {@code at}, the most severe first.
   *
   * @param entries the earlier contacts, oldest first
   * @param at when the new contact arrived
   * @param thresholds the windows and the escalation count
   * @param reader reads an earlier contact
   * @return the raises; empty if nothing raises the floor
   */
  public static List<Raise> raises(List<HistoryEntry> entries, Instant at, EscalationThresholds thresholds, Reader reader) {
    // cut-off instants, worked out once: the loop compares instants and builds a Duration only for a raise
    Instant concernFrom = at.minus(thresholds.concernWindow());
    Instant urgentFrom = at.minus(thresholds.urgentWindow());
    Instant burstFrom = at.minus(thresholds.escalationWindow());
    Instant longestFrom = at.minus(thresholds.longestWindow());
    Duration burst = thresholds.escalationWindow();
    Raise urgentRaise = null;
    Raise concernRaise = null;
    int inBurst = 1; // this contact
    Safety newer = null; // the two newest earlier contacts in the concern window, for rising severity
    Safety older = null;
    int looked = 0;
    for (int i = entries.size() - 1; i >= 0 && looked < MAX_ENTRIES; i--, looked++) {
      Contact earlier = entries.get(i).contact();
      Instant when = earlier.at();
      if (when.isBefore(longestFrom)) {
        break;
      }
      if (!when.isBefore(burstFrom)) {
        inBurst++;
      }
      boolean inConcern = !when.isBefore(concernFrom);
      boolean inUrgent = !when.isBefore(urgentFrom);
      boolean forRising = inConcern && older == null;
      boolean needed = (inUrgent && urgentRaise == null) || (inConcern && concernRaise == null) || forRising;
      if (!needed) {
        continue;
      }
      Reading reading = reader.read(earlier);
      Safety safety = reading.safety();
      if (inUrgent && urgentRaise == null && safety == Safety.URGENT) {
        urgentRaise = new Raise(Safety.URGENT, reading.category(), safety, null, Duration.between(when, at), 0);
      }
      if (inConcern && concernRaise == null && safety != Safety.NONE) {
        concernRaise = new Raise(Safety.CONCERN, reading.category(), safety, null, Duration.between(when, at), 0);
      }
      if (forRising) {
        if (newer == null) {
          newer = safety;
        } else {
          older = safety;
        }
      }
    }
    if (urgentRaise == null && concernRaise == null && inBurst < thresholds.escalationCount()
        && (older == null || newer == null || newer.compareTo(older) <= 0)) {
      return List.of();
    }
    List<Raise> raises = new ArrayList<>(4);
    if (urgentRaise != null) {
      raises.add(urgentRaise);
    }
    if (concernRaise != null) {
      raises.add(concernRaise);
    }
    if (inBurst >= thresholds.escalationCount()) {
      raises.add(new Raise(Safety.CONCERN, null, Safety.NONE, null, burst, inBurst));
    }
    if (older != null && newer != null && newer.compareTo(older) > 0) {
      raises.add(new Raise(Safety.CONCERN, null, newer, older, Duration.ZERO, 0));
    }
    return raises;
  }

  /** How long ago, in words: "3 hours earlier". */
  static String ago(Duration ago) {
    long minutes = ago.toMinutes();
    if (minutes < 1) {
      return "less than a minute earlier";
    }
    if (minutes < 60) {
      return count(minutes, "minute") + " earlier";
    }
    long hours = ago.toHours();
    if (hours < 48) {
      return count(hours, "hour") + " earlier";
    }
    return count(ago.toDays(), "day") + " earlier";
  }

  /** A window in words: "hour", "2 hours", "14 days", "90 seconds". */
  static String span(Duration window) {
    long seconds = window.getSeconds();
    if (window.getNano() == 0 && seconds % 86_400 == 0) {
      return seconds == 86_400 ? "day" : count(seconds / 86_400, "day");
    }
    if (window.getNano() == 0 && seconds % 3_600 == 0) {
      return seconds == 3_600 ? "hour" : count(seconds / 3_600, "hour");
    }
    if (window.getNano() == 0 && seconds % 60 == 0) {
      return seconds == 60 ? "minute" : count(seconds / 60, "minute");
    }
    return count(Math.max(1, seconds), "second");
  }

  private static String count(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
