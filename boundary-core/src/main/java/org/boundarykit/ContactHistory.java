package org.boundarykit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The earlier contacts in one conversation, oldest first, each with what the user did. Where the
 * user stands on the escalation ladder is derived from it: there is no separate stage to keep in
 * sync. Immutable: {@link #append} returns a new history.
 */
public final class ContactHistory {

  private static final ContactHistory EMPTY = new ContactHistory(List.of());

  private final List<HistoryEntry> entries;

  private ContactHistory(List<HistoryEntry> entries) {
    this.entries = entries;
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
    for (int i = 1; i < copy.size(); i++) {
      checkOrder(copy.get(i - 1), copy.get(i), i);
    }
    return copy.isEmpty() ? EMPTY : new ContactHistory(copy);
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
    return new ContactHistory(Collections.unmodifiableList(longer));
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
