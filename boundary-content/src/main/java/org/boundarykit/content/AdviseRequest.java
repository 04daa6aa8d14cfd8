package org.boundarykit.content;

import java.util.Objects;
import java.util.Optional;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Contact;
import org.boundarykit.ContactHistory;
import org.boundarykit.LogisticsAnswer;
import org.boundarykit.Recommendation;

/**
 * One advise request of the wire format: the user's boundary, the conversation so far and the
 * contact that just arrived, under an id that the reply echoes. Read one with {@link
 * WireFormat#readAdviseRequest(String)}. Stable API.
 *
 * @param id the request's id
 * @param plan the user's boundary
 * @param history the earlier contacts, oldest first
 * @param contact the contact that just arrived
 * @param answer what the user decided to answer, if the app asked them (see {@link
 *     BoundaryEngine#recommend(BoundaryPlan, ContactHistory, Contact, LogisticsAnswer)})
 */
public record AdviseRequest(
    RequestId id, BoundaryPlan plan, ContactHistory history, Contact contact, Optional<LogisticsAnswer> answer) {

  /**
   * Creates a request.
   *
   * @param id the request's id
   * @param plan the user's boundary
   * @param history the earlier contacts, oldest first
   * @param contact the contact that just arrived
   * @param answer what the user decided to answer, if anything
   * @throws NullPointerException if an argument is null
   */
  public AdviseRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(answer, "answer");
  }

  /**
   * Creates a request without an answer.
   *
   * @param id the request's id
   * @param plan the user's boundary
   * @param history the earlier contacts, oldest first
   * @param contact the contact that just arrived
   * @throws NullPointerException if an argument is null
   */
  public AdviseRequest(RequestId id, BoundaryPlan plan, ContactHistory history, Contact contact) {
    this(id, plan, history, contact, Optional.empty());
  }

  /**
   * Creates a request with a string id.
   *
   * @param id the request's id
   * @param plan the user's boundary
   * @param history the earlier contacts, oldest first
   * @param contact the contact that just arrived
   * @throws NullPointerException if an argument is null
   */
  public AdviseRequest(String id, BoundaryPlan plan, ContactHistory history, Contact contact) {
    this(RequestId.of(id), plan, history, contact, Optional.empty());
  }

  /**
   * Asks {@code engine} for the recommendation.
   *
   * @param engine the engine, for example {@code ContentPack.defaults().engine()}
   * @return the recommendation
   */
  public Recommendation recommend(BoundaryEngine engine) {
    return answer.isPresent()
        ? engine.recommend(plan, history, contact, answer.get())
        : engine.recommend(plan, history, contact);
  }
}
