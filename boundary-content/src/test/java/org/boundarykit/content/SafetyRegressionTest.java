package org.boundarykit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.Recommendation;
import org.boundarykit.Safety;
import org.boundarykit.ScriptPurpose;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own safety examples (threats, self-harm, stalking, blackmail, image-based abuse,
 * contact after a block), in many phrasings and texting styles, read by the real classifier and
 * answered by the real default-pack engine. Each must reach the outcome domain rules give: danger
 * now goes to emergency help, a concern is documented, and none gets a reply script.
 */
class SafetyRegressionTest {

  private static final BoundaryEngine ENGINE = ContentPack.defaults().engine();
  private static final Instant AT = Instant.parse("2026-10-14T16:20:00Z");

  record Example(String group, String text, Set<Action> allowed, int line) {
    @Override
    public String toString() {
      return group + ": " + text;
    }
  }

  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    try (InputStream in = SafetyRegressionTest.class.getClassLoader().getResourceAsStream("safety/examples.en.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String group = null;
      Set<Action> allowed = Set.of();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[")) {
          group = l.substring(1, l.indexOf(']'));
          EnumSet<Action> actions = EnumSet.noneOf(Action.class);
          for (String a : l.substring(l.indexOf(']') + 1).trim().split("\\s+")) {
            actions.add(Action.valueOf(a));
          }
          allowed = actions;
          continue;
        }
        out.add(new Example(group, l, allowed, number));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Stream<Arguments> cases() {
    return examples().stream().map(Arguments::of);
  }

  private static List<BoundaryPlan> plans() {
    return List.of(
        BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("Sam").region("US").build(),
        BoundaryPlan.builder().level(ContactLevel.LOGISTICS_ONLY).addTopics(Topic.CHILDREN).addChannels(Channel.TEXT)
            .region("GB").build(),
        BoundaryPlan.builder().level(ContactLevel.LIMITED).build());
  }

  private static ContactHistory historyFor(Example e) {
    if (!e.group().equals("after block")) {
      return ContactHistory.empty();
    }
    Contact earlier = Contact.builder().channel(Channel.TEXT).at(AT.minusSeconds(86_400)).text("please talk to me").build();
    return ContactHistory.empty()
        .append(earlier, UserResponse.of(Action.REPLY, EscalationStep.STATE_BOUNDARY))
        .append(Contact.builder().from(earlier).at(AT.minusSeconds(80_000)).build(),
            UserResponse.of(Action.BLOCK, EscalationStep.BLOCK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reachesTheSafeOutcome(Example e) {
    for (BoundaryPlan plan : e.group().equals("after block") ? plans().subList(0, 1) : plans()) {
      for (Channel channel : List.of(Channel.TEXT, Channel.SOCIAL_DM, Channel.EMAIL)) {
        Contact contact = Contact.builder().channel(channel).at(AT).text(e.text()).build();
        Recommendation r = ENGINE.recommend(plan, historyFor(e), contact);
        String where = e + " (line " + e.line() + ", " + plan.level() + ", " + channel + "): got " + r.action()
            + " from " + r.explanation().winningRule() + ", cues " + r.explanation().cues();
        assertThat(r.action()).as(where).isIn(e.allowed());
        if (r.category() == ContactCategory.SELF_HARM_THREAT) {
          // self-harm has its own path: the only words are the optional ones that point to help
          assertThat(r.script()).as(where + ": words that point to help").hasValueSatisfying(
              script -> assertThat(script.purpose()).isEqualTo(ScriptPurpose.POINT_TO_HELP));
          assertThat(r.followUps()).as(where).doesNotContain(Action.BLOCK, Action.SEEK_LEGAL_HELP);
        } else {
          assertThat(r.script()).as(where + ": no script to the ex").isEmpty();
        }
        if (!e.group().equals("after block")) {
          assertThat(r.safety()).as(where).isNotEqualTo(Safety.NONE);
          assertThat(r.resources()).as(where + ": help lines").isNotEmpty();
        }
      }
    }
  }

  @Test
  void theSuiteIsBroad() {
    List<Example> all = examples();
    assertThat(all).hasSizeGreaterThan(80);
    assertThat(all).extracting(Example::group).containsOnly(
        "violence", "veiled threat", "self-harm", "self-harm hint", "stalking", "blackmail", "image abuse", "after block");
    assertThat(all).extracting(Example::text).doesNotHaveDuplicates();
  }
}
