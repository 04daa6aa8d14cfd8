package org.boundarykit.content;

import java.util.Optional;
import org.boundarykit.Action;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Contact;
import org.boundarykit.ContactHistory;
import org.boundarykit.EscalationStep;

/**
 * A situation shipped with a pack to document it: a plan, a history and a contact, with the
 * action (and step) the pack's policy should give.
 *
 * @param id the example's id
 * @param description what happens, in a sentence
 * @param plan the user's boundary
 * @param history the earlier contacts
 * @param contact the new contact
 * @param expectedAction the action the policy should recommend
 * @param expectedStep the ladder step it should carry, if any
 */
public record ExampleSituation(
    String id,
    String description,
    BoundaryPlan plan,
    ContactHistory history,
    Contact contact,
    Action expectedAction,
    Optional<EscalationStep> expectedStep) {}
