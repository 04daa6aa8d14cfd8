package org.boundarykit.internal;

import java.util.List;
import java.util.Optional;
import org.boundarykit.Action;
import org.boundarykit.EscalationStep;
import org.boundarykit.HistoryEntry;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.UserResponse;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.LadderPosition;
import org.jspecify.annotations.Nullable;

/** Derives where the user stands on the ladder from the history of what they did. */
public final class Ladder {

  private Ladder() {}

  /**
   * The position for a new contact arriving after {@code history}.
   *
   * <p>The replies the user sent move the ladder (stated, restated, final notice); after the final
   * notice, the number of contacts since then (counting the new one) reaches the mute and block
   * thresholds; after a block, the number of contacts since the block reaches the legal threshold.
   *
   * @param history the earlier contacts, oldest first
   * @param thresholds the ladder thresholds
   * @return the position
   */
  public static LadderPosition position(List<HistoryEntry> history, EscalationThresholds thresholds) {
    boolean stated = false;
    boolean restated = false;
    int finalNotice = -1;
    int block = -1;
    for (int i = 0; i < history.size(); i++) {
      Optional<UserResponse> response = history.get(i).response();
      if (response.isEmpty()) {
        continue;
      }
      EscalationStep moved = movedTo(response.get());
      if (moved == EscalationStep.BLOCK) {
        block = i;
      } else if (moved == EscalationStep.FINAL_NOTICE) {
        finalNotice = i;
      } else if (moved == EscalationStep.RESTATE) {
        restated = true;
      } else if (moved == EscalationStep.STATE_BOUNDARY) {
        stated = true;
      }
    }
    return position(history.size(), stated, restated, finalNotice, block, thresholds);
  }

  /**
   * The ladder step a response takes: {@code BLOCK} for a block (by action or step), {@code
   * FINAL_NOTICE}, {@code RESTATE} or {@code STATE_BOUNDARY} for those replies, or null for a
   * response that does not move the ladder.
   *
   * @param response what the user did
   * @return the step, or null
   */
  public static @Nullable EscalationStep movedTo(UserResponse response) {
    EscalationStep step = response.step().orElse(null);
    if (response.action() == Action.BLOCK || step == EscalationStep.BLOCK) {
      return EscalationStep.BLOCK;
    }
    if (step != null && isReplyStep(step)) {
      return step;
    }
    return null;
  }

  /**
   * The ladder step a script of this purpose stands for when the user sends it.
   *
   * @param purpose the script's purpose
   * @return {@code STATE_BOUNDARY}, {@code RESTATE} or {@code FINAL_NOTICE} for those purposes, or
   *     null for a script that is not a step of the ladder (logistics, a friendly answer, words to
   *     friends...)
   */
  public static @Nullable EscalationStep stepOf(ScriptPurpose purpose) {
    return switch (purpose) {
      case STATE_BOUNDARY -> EscalationStep.STATE_BOUNDARY;
      case RESTATE -> EscalationStep.RESTATE;
      case FINAL_NOTICE -> EscalationStep.FINAL_NOTICE;
      default -> null;
    };
  }

  /**
   * Whether a step is one of the replies of the ladder.
   *
   * @param step the step
   * @return true for {@code STATE_BOUNDARY}, {@code RESTATE} and {@code FINAL_NOTICE}
   */
  public static boolean isReplyStep(EscalationStep step) {
    return step == EscalationStep.STATE_BOUNDARY || step == EscalationStep.RESTATE || step == EscalationStep.FINAL_NOTICE;
  }

  /**
   * The position from the facts of a history, as {@link #position(List, EscalationThresholds)}
   * finds them.
   *
   * @param size the number of entries
   * @param stated whether a response stated the boundary
   * @param restated whether a response restated it
   * @param finalNotice the index of the last final notice, or -1
   * @param block the index of the last block, or -1
   * @param thresholds the ladder thresholds
   * @return the position
   */
  public static LadderPosition position(
      int size, boolean stated, boolean restated, int finalNotice, int block, EscalationThresholds thresholds) {
    if (block >= 0) {
      return size - block >= thresholds.legalAt() ? LadderPosition.LEGAL_DUE : LadderPosition.BLOCKED;
    }
    if (finalNotice >= 0) {
      int since = size - finalNotice;
      if (since >= thresholds.blockAt()) {
        return LadderPosition.BLOCK_DUE;
      }
      return since >= thresholds.muteAt() ? LadderPosition.MUTE_DUE : LadderPosition.FINAL_NOTICE_GIVEN;
    }
    if (restated) {
      return LadderPosition.RESTATED;
    }
    return stated ? LadderPosition.STATED : LadderPosition.NOT_STATED;
  }

  /**
   * The id of the last script the user sent in this history, if any.
   *
   * @param history the earlier contacts, oldest first
   * @return the script id
   */
  public static Optional<String> lastScriptSent(List<HistoryEntry> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Optional<UserResponse> response = history.get(i).response();
      if (response.isPresent() && response.get().scriptId().isPresent()) {
        return response.get().scriptId();
      }
    }
    return Optional.empty();
  }
}
