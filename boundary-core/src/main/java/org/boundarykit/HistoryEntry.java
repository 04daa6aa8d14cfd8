package org.boundarykit;

import java.util.Optional;
import org.immutables.value.Value;

/** An earlier contact and what the user did about it (nothing, if no response is recorded). */
@Value.Immutable
public abstract class HistoryEntry {

  HistoryEntry() {}

  /**
   * An entry for a contact the user responded to.
   *
   * @param contact the earlier contact
   * @param response what the user did
   * @return the entry
   */
  public static HistoryEntry of(Contact contact, UserResponse response) {
    return ImmutableHistoryEntry.builder().contact(contact).response(response).build();
  }

  /**
   * An entry for a contact with no recorded response: it counts as unanswered.
   *
   * @param contact the earlier contact
   * @return the entry
   */
  public static HistoryEntry unanswered(Contact contact) {
    return ImmutableHistoryEntry.builder().contact(contact).build();
  }

  /** {@return the earlier contact} */
  public abstract Contact contact();

  /** {@return what the user did, if recorded} */
  public abstract Optional<UserResponse> response();
}
