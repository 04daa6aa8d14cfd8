package org.boundarykit.benchmarks;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boundarykit.Action;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.HistoryEntry;
import org.boundarykit.Safety;
import org.boundarykit.Script;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.boundarykit.content.ContentPack;
import org.boundarykit.internal.Template;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;

/**
 * What both baselines share: the situation worked out by hand, and script choice and rendering
 * done the way the engine does it (the baselines may call the library's template rendering).
 */
abstract class Baseline {

  /** The derived facts a rule looks at. */
  static final class Situation {
    ContactCategory category;
    Safety safety;
    ContactLevel level;
    Channel channel;
    LadderPosition ladder;
    boolean topicOk;
    boolean channelOk;
    boolean late;
    /** The workload's contacts are labelled, not read: a contact without a reading asks. */
    boolean asks = true;
  }

  private final Rule[] rules;
  private final Map<String, List<List<Script>>> tiers = new HashMap<>();
  private final Map<String, Template> templates = new HashMap<>();
  private final org.boundarykit.Wording words;
  private final LocalTime lateStart = LocalTime.of(23, 0);
  private final LocalTime lateEnd = LocalTime.of(5, 0);

  Baseline(ContentPack pack) {
    rules = pack.rules().toArray(new Rule[0]);
    org.boundarykit.Wording english = null;
    for (org.boundarykit.Wording w : pack.wordings()) {
      if (w.locale().equals("en")) {
        english = w;
      }
    }
    if (english == null) {
      throw new IllegalArgumentException("the pack has no English words");
    }
    words = english;
    for (Script s : pack.scripts()) {
      templates.put(s.id(), Template.parse(s.text()));
    }
    List<String> kinds = new ArrayList<>();
    for (ScriptPurpose purpose : ScriptPurpose.values()) {
      if (purpose == ScriptPurpose.LOGISTICS) {
        for (org.boundarykit.LogisticsReply reply : org.boundarykit.LogisticsReply.values()) {
          kinds.add(purpose + ":" + reply);
        }
      } else {
        kinds.add(purpose.name());
      }
    }
    for (String kind : kinds) {
      for (ContactCategory c : ContactCategory.values()) {
        for (ContactLevel l : ContactLevel.values()) {
          List<List<Script>> byScore = new ArrayList<>();
          for (int score = 3; score >= 0; score--) {
            List<Script> tier = new ArrayList<>();
            for (Script s : pack.scripts()) {
              String own = s.purpose() + s.reply().map(r -> ":" + r).orElse("");
              boolean fits = own.equals(kind)
                  && (s.categories().isEmpty() || s.categories().contains(c))
                  && (s.levels().isEmpty() || s.levels().contains(l));
              int points = (s.categories().isEmpty() ? 0 : 2) + (s.levels().isEmpty() ? 0 : 1);
              if (fits && points == score) {
                tier.add(s);
              }
            }
            if (!tier.isEmpty()) {
              byScore.add(tier);
            }
          }
          tiers.put(kind + "/" + c + "/" + l, byScore);
        }
      }
    }
  }

  /** Index of the winning rule in the pack's table. */
  abstract int decide(Situation s);

  int ruleIndex(String id) {
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no rule " + id);
  }

  Rule rule(int index) {
    return rules[index];
  }

  final Decision recommend(BoundaryPlan plan, List<HistoryEntry> history, Contact contact) {
    Situation s = situation(plan, history, contact);
    Rule rule = rules[decide(s)];
    if (rule.script().isEmpty()) {
      return new Decision(rule.action(), rule.step().orElse(null), null, null);
    }
    String last = null;
    for (int i = history.size() - 1; i >= 0 && last == null; i--) {
      Optional<UserResponse> r = history.get(i).response();
      if (r.isPresent() && r.get().scriptId().isPresent()) {
        last = r.get().scriptId().get();
      }
    }
    List<List<Script>> all = new ArrayList<>();
    if (rule.script().get() == ScriptPurpose.LOGISTICS) {
      // no answer from the user: the first kind of answer that has a script, acknowledgement first
      for (org.boundarykit.LogisticsReply reply : org.boundarykit.LogisticsReply.values()) {
        List<List<Script>> found = tiers.get(ScriptPurpose.LOGISTICS + ":" + reply + "/" + s.category + "/" + s.level);
        if (!found.isEmpty()) {
          all = found;
          break;
        }
      }
    } else {
      all = tiers.get(rule.script().get() + "/" + s.category + "/" + s.level);
    }
    for (List<Script> tier : all) {
      List<Script> eligible = new ArrayList<>(tier);
      if (last != null) {
        String excluded = last;
        eligible.removeIf(x -> x.id().equals(excluded));
      }
      if (!eligible.isEmpty()) {
        Script chosen = eligible.get(history.size() % eligible.size());
        String[] values = new String[Template.SLOTS];
        plan.exName().ifPresent(v -> values[Template.NAMES.indexOf("exName")] = (Template.clean(v)));
        contact.topic().ifPresent(t -> values[Template.NAMES.indexOf("topic")] = (words.topics().get(t)));
        if (contact.matter().isPresent()) {
          values[Template.NAMES.indexOf("matter")] = (Template.clean(contact.matter().get()));
        } else {
          contact.topic().ifPresent(t -> values[Template.NAMES.indexOf("matter")] = (words.topics().get(t)));
        }
        if (plan.level() != ContactLevel.NO_CONTACT && !plan.topics().isEmpty()) {
          List<String> allowed = new ArrayList<>();
          for (Topic t : Topic.values()) {
            if (plan.topics().contains(t)) {
              allowed.add(words.topics().get(t));
            }
          }
          values[Template.NAMES.indexOf("allowedTopics")] = (words.list(allowed));
        }
        if (plan.level() != ContactLevel.NO_CONTACT && !plan.channels().isEmpty()) {
          List<String> allowed = new ArrayList<>();
          for (org.boundarykit.Channel c : org.boundarykit.Channel.values()) {
            if (plan.channels().contains(c)) {
              allowed.add(words.channels().get(c));
            }
          }
          values[Template.NAMES.indexOf("allowedChannels")] = (words.list(allowed));
        }
        if (!plan.allowsChannel(contact.channel())) {
          values[Template.NAMES.indexOf("channel")] = (words.channels().get(contact.channel()));
        }
        return new Decision(rule.action(), rule.step().orElse(null), chosen.id(), templates.get(chosen.id()).render(values));
      }
    }
    return new Decision(rule.action(), rule.step().orElse(null), null, null);
  }

  private Situation situation(BoundaryPlan plan, List<HistoryEntry> history, Contact contact) {
    Situation s = new Situation();
    s.category = contact.category().orElse(ContactCategory.OTHER);
    Safety given = contact.safety().orElse(Safety.NONE);
    s.safety = (s.category == ContactCategory.SELF_HARM_THREAT || s.category == ContactCategory.THREAT_HARASSMENT)
        && given == Safety.NONE ? Safety.CONCERN : given;
    s.level = plan.level();
    s.channel = contact.channel();
    s.topicOk = contact.topic().isPresent() && plan.allowsTopic(contact.topic().get());
    s.channelOk = plan.allowsChannel(contact.channel());
    LocalTime time = contact.at().atZone(plan.timeZone()).toLocalTime();
    s.late = !time.isBefore(lateStart) || time.isBefore(lateEnd);
    boolean stated = false;
    boolean restated = false;
    int finalNotice = -1;
    int block = -1;
    for (int i = 0; i < history.size(); i++) {
      Optional<UserResponse> r = history.get(i).response();
      if (r.isEmpty()) {
        continue;
      }
      EscalationStep step = r.get().step().orElse(null);
      if (r.get().action() == Action.BLOCK || step == EscalationStep.BLOCK) {
        block = i;
      } else if (step == EscalationStep.FINAL_NOTICE) {
        finalNotice = i;
      } else if (step == EscalationStep.RESTATE) {
        restated = true;
      } else if (step == EscalationStep.STATE_BOUNDARY) {
        stated = true;
      }
    }
    int n = history.size();
    if (block >= 0) {
      s.ladder = n - block >= 3 ? LadderPosition.LEGAL_DUE : LadderPosition.BLOCKED;
    } else if (finalNotice >= 0) {
      int since = n - finalNotice;
      s.ladder = since >= 5 ? LadderPosition.BLOCK_DUE : since >= 3 ? LadderPosition.MUTE_DUE : LadderPosition.FINAL_NOTICE_GIVEN;
    } else {
      s.ladder = restated ? LadderPosition.RESTATED : stated ? LadderPosition.STATED : LadderPosition.NOT_STATED;
    }
    return s;
  }
}
