package org.boundarykit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.boundarykit.internal.Ladder;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.LadderPosition;
import org.jspecify.annotations.Nullable;

/**
 * The earlier contacts in one conversation, oldest first, each with what the user did. Where the
 * user stands on the escalation ladder is derived from it: there is no separate stage to keep in
 * sync. Immutable: {@link #append} returns a new history.
 *
 * <p>The facts the ladder rests on (whether the boundary was stated or restated, where the last
 * final notice and the last block are, the last script sent) are kept up to date as entries are
 * added, so the engine never walks the history to find them.
 */
public final class ContactHistory {

  private static final ContactHistory EMPTY = new ContactHistory(List.of(), false, false, -1, -1, null, false);

  private final List<HistoryEntry> entries;
  private final boolean stated;
  private final boolean restated;
  private final int finalNotice;
  private final int block;
  private final @Nullable String lastScript;
  private final boolean namesScripts;

  private ContactHistory(
      List<HistoryEntry> entries,
      boolean stated,
      boolean restated,
      int finalNotice,
      int block,
      @Nullable String lastScript,
      boolean namesScripts) {
    this.entries = entries;
    this.stated = stated;
    this.restated = restated;
    this.finalNotice = finalNotice;
    this.block = block;
    this.lastScript = lastScript;
    this.namesScripts = namesScripts;
  }

  /**
   * The history of {@code entries} with {@code entry} at index {@code index} taken into account,
   * where its response (if any) moved the ladder to {@code moved} (null: it did not move it).
   */
  private static ContactHistory with(
      ContactHistory before, List<HistoryEntry> entries, HistoryEntry entry, int index, @Nullable EscalationStep moved) {
    boolean stated = before.stated;
    boolean restated = before.restated;
    int finalNotice = before.finalNotice;
    int block = before.block;
    String lastScript = before.lastScript;
    boolean namesScripts = before.namesScripts;
    Optional<UserResponse> response = entry.response();
    if (response.isPresent()) {
      UserResponse r = response.get();
      if (moved == EscalationStep.BLOCK) {
        block = index;
      } else if (moved == EscalationStep.FINAL_NOTICE) {
        finalNotice = index;
      } else if (moved == EscalationStep.RESTATE) {
        restated = true;
      } else if (moved == EscalationStep.STATE_BOUNDARY) {
        stated = true;
      }
      Optional<String> scriptId = r.scriptId();
      if (scriptId.isPresent()) {
        lastScript = scriptId.get();
        namesScripts = true;
      }
    }
    return new ContactHistory(entries, stated, restated, finalNotice, block, lastScript, namesScripts);
  }

  private static @Nullable EscalationStep movedTo(HistoryEntry entry) {
    return entry.response().map(Ladder::movedTo).orElse(null);
  }

  /** {@return the empty history} */
  public static ContactHistory empty() {
    return EMPTY;
  }

  /**
   * A history of the given entries.
   *
   * @param entries the entries, oldest first
   * @return the history
   * @throws NullPointerException if {@code entries} or an entry is null
   * @throws IllegalArgumentException if an entry is earlier than the one before it
   */
  public static ContactHistory of(List<HistoryEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    int index = 0;
    for (HistoryEntry entry : entries) {
      Objects.requireNonNull(entry, "entries[" + index++ + "]");
    }
    List<HistoryEntry> copy = List.copyOf(entries);
    ContactHistory history = EMPTY;
    for (int i = 0; i < copy.size(); i++) {
      if (i > 0) {
        checkOrder(copy.get(i - 1), copy.get(i), i);
      }
      history = with(history, copy, copy.get(i), i, movedTo(copy.get(i)));
    }
    return history;
  }

  /**
   * Returns a new history with {@code entry} added at the end.
   *
   * @param entry the newest entry
   * @return the longer history; this one is unchanged
   * @throws NullPointerException if {@code entry} is null
   * @throws IllegalArgumentException if {@code entry} is earlier than the last entry
   */
  public ContactHistory append(HistoryEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (!entries.isEmpty()) {
      checkOrder(entries.get(entries.size() - 1), entry, entries.size());
    }
    List<HistoryEntry> longer = new ArrayList<>(entries.size() + 1);
    longer.addAll(entries);
    longer.add(entry);
    return with(this, Collections.unmodifiableList(longer), entry, entries.size(), movedTo(entry));
  }

  /**
   * Returns a new history with {@code contact} and the user's {@code response} added at the end.
   *
   * @param contact the contact
   * @param response what the user did
   * @return the longer history
   * @throws IllegalArgumentException if {@code contact} is earlier than the last entry
   */
  public ContactHistory append(Contact contact, UserResponse response) {
    return append(HistoryEntry.of(contact, response));
  }

  /** {@return the entries, oldest first} */
  public List<HistoryEntry> entries() {
    return entries;
  }

  /** {@return the number of entries} */
  public int size() {
    return entries.size();
  }

  /** {@return the newest entry, if any} */
  public Optional<HistoryEntry> last() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  /** The position on the ladder for a new contact, as {@link Ladder#position} works it out. */
  LadderPosition ladder(EscalationThresholds thresholds) {
    return Ladder.position(entries.size(), stated, restated, finalNotice, block, thresholds);
  }

  /**
   * The position on the ladder where the scripts the user sent are known: a response that names
   * its script and gives no step stands for the step of the script's purpose (a stating,
   * restating or final-notice script moves the ladder as that step would).
   *
   * @param thresholds the ladder thresholds
   * @param purposes the purpose of each script id of the pack, or null for an id it does not have
   * @return the position
   * @throws InvalidValueException naming the entry ({@code history[2].response.scriptId}) if a
   *     response names a script the pack does not have, or gives a step its script contradicts
   */
  LadderPosition ladder(EscalationThresholds thresholds, Function<String, @Nullable ScriptPurpose> purposes) {
    if (!namesScripts) {
      return ladder(thresholds);
    }
    ContactHistory h = EMPTY;
    for (int i = 0; i < entries.size(); i++) {
      HistoryEntry entry = entries.get(i);
      EscalationStep moved = movedTo(entry);
      Optional<UserResponse> response = entry.response();
      if (response.isPresent() && response.get().scriptId().isPresent()) {
        moved = resolved(response.get(), moved, i, purposes);
      }
      h = with(h, entries, entry, i, moved);
    }
    return h.ladder(thresholds);
  }

  private static @Nullable EscalationStep resolved(
      UserResponse r, @Nullable EscalationStep moved, int index, Function<String, @Nullable ScriptPurpose> purposes) {
    String id = r.scriptId().orElseThrow();
    ScriptPurpose purpose = purposes.apply(id);
    if (purpose == null) {
      throw new InvalidValueException("history[" + index + "].response.scriptId",
          "\"" + id + "\" is not a script of this pack; give the scriptId of a script the engine recommended");
    }
    EscalationStep ofScript = Ladder.stepOf(purpose);
    Optional<EscalationStep> step = r.step();
    if (step.isPresent()) {
      EscalationStep given = step.get();
      // a reply step must be the script's own; "no response" cannot go with words sent; a step
      // after the replies (mute, block, a record, legal help) may go with the last words sent
      boolean contradicts = Ladder.isReplyStep(given) ? given != ofScript
          : given == EscalationStep.NO_RESPONSE && ofScript != null;
      if (contradicts) {
        throw new InvalidValueException("history[" + index + "].response.step",
            given + " does not fit script \"" + id + "\", a " + purpose + " script"
                + (ofScript != null ? " (its step is " + ofScript + ")" : " (not a step of the ladder)")
                + "; give the step the recommendation had, or leave it out");
      }
      return moved == EscalationStep.BLOCK || ofScript == null ? moved : ofScript;
    }
    return moved == EscalationStep.BLOCK || ofScript == null ? moved : ofScript;
  }

  /** {@return the id of the last script the user sent, or null} */
  @Nullable String lastScriptSent() {
    return lastScript;
  }

  private static void checkOrder(HistoryEntry before, HistoryEntry entry, int index) {
    if (entry.contact().at().isBefore(before.contact().at())) {
      throw new IllegalArgumentException(
          "history["
              + index
              + "].at: "
              + entry.contact().at()
              + " is earlier than the entry before it ("
              + before.contact().at()
              + "); entries must be oldest first");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContactHistory other && other.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "ContactHistory" + entries;
  }
}
