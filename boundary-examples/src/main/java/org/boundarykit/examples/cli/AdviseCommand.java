package org.boundarykit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.boundarykit.Action;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.BoundaryPlan;
import org.boundarykit.Channel;
import org.boundarykit.Contact;
import org.boundarykit.ContactCategory;
import org.boundarykit.ContactHistory;
import org.boundarykit.ContactLevel;
import org.boundarykit.EscalationStep;
import org.boundarykit.HistoryEntry;
import org.boundarykit.LogisticsAnswer;
import org.boundarykit.LogisticsReply;
import org.boundarykit.ReadingQuestion;
import org.boundarykit.Recommendation;
import org.boundarykit.RenderedScript;
import org.boundarykit.Safety;
import org.boundarykit.Topic;
import org.boundarykit.UserResponse;
import org.boundarykit.content.AdviseRequest;
import org.boundarykit.content.WireFormat;
import org.boundarykit.content.WireFormatException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code boundary advise}: the next step for a message from the ex. */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    versionProvider = BoundaryCli.Version.class,
    sortOptions = false,
    description = {
      "Recommends the next step for a message from your ex: what to do, the words to send when words are needed, and why.",
      "",
      "With a MESSAGE: one recommendation, then exit. At a terminal with no MESSAGE: asks about your boundary, then "
          + "takes messages one by one and asks what you did, so the conversation's history carries on. With standard "
          + "input from a pipe: one message per line, each recommendation assumed followed.",
      "With --jsonl: one JSON request per line in, one JSON reply per line out, in order (see the README)."
    },
    footer = {
      "",
      "Examples:",
      "  boundary advise --level NO_CONTACT --ex-name Sam \"hey, u up?\"",
      "  boundary advise --level LOGISTICS_ONLY --topic CHILDREN --channel TEXT \\",
      "      --category LEGITIMATE_LOGISTICS --about CHILDREN \"can u do pickup tues?\"",
      "  boundary advise --jsonl < requests.jsonl > replies.jsonl",
      "",
      "Exit status: 0 on success, 1 if a JSON line failed or a pack is invalid, 2 on a usage error."
    })
final class AdviseCommand implements Callable<Integer> {

  private final Terminal terminal;

  @Spec @Nullable CommandSpec spec;

  @Option(names = "--jsonl", description = "Batch mode: JSON requests in, JSON replies out, one per line.")
  boolean jsonl;

  @Option(names = "--level", paramLabel = "LEVEL", description = "Your boundary: ${COMPLETION-CANDIDATES}.")
  @Nullable ContactLevel level;

  @Option(names = "--topic", paramLabel = "TOPIC",
      description = "A practical topic the boundary allows (repeatable): ${COMPLETION-CANDIDATES}.")
  List<Topic> topics = new ArrayList<>();

  @Option(names = "--channel", paramLabel = "CHANNEL",
      description = "A channel the boundary allows (repeatable; none means any): ${COMPLETION-CANDIDATES}.")
  List<Channel> channels = new ArrayList<>();

  @Option(names = "--ex-name", paramLabel = "NAME", description = "Your ex's name, for the scripts.")
  @Nullable String exName;

  @Option(names = "--reason", paramLabel = "TEXT", description = "Your own reason for the boundary (repeatable).")
  List<String> reasons = new ArrayList<>();

  @Option(names = "--child", paramLabel = "NAME",
      description = "The name of a child you share with your ex (repeatable): a message naming them reads as about the children.")
  List<String> children = new ArrayList<>();

  @Option(names = "--pet", paramLabel = "NAME",
      description = "The name of a pet you share with your ex (repeatable): a message naming them reads as about the pets.")
  List<String> pets = new ArrayList<>();

  @Option(names = "--ex-sees-phone",
      description = "Your ex may see your phone or accounts (a shared device, a known passcode, a shared cloud"
          + " account, location sharing): a safety plan comes before any step they could notice.")
  boolean exSeesPhone;

  @Option(names = "--platform", paramLabel = "ID", split = ",",
      description = "A phone, app or service you use (repeatable or comma-separated), for its own steps:"
          + " iphone, android, whatsapp, instagram, facebook, snapchat, gmail, outlook, find-my, google-maps, life360.")
  List<String> platforms = new ArrayList<>();

  @Option(names = "--answer", paramLabel = "KIND",
      description = "For a practical question: what you decided to answer (${COMPLETION-CANDIDATES}); the scripts then"
          + " give that answer. Without it nothing is agreed: you get one script of each kind.")
  @Nullable LogisticsReply answer;

  @Option(names = "--answer-time", paramLabel = "TEXT", description = "With --answer: when (\"Saturday at 10\").")
  @Nullable String answerTime;

  @Option(names = "--answer-place", paramLabel = "TEXT", description = "With --answer: where (\"the school gate\").")
  @Nullable String answerPlace;

  @Option(names = "--alternative", paramLabel = "TEXT",
      description = "With --answer DECLINE: what you offer instead (\"the weekend of the 21st\").")
  @Nullable String alternative;

  @Option(names = "--detail", paramLabel = "TEXT", description = "With --answer ASK: the detail you need (\"the pickup time\").")
  @Nullable String detail;

  @Option(names = "--region", paramLabel = "CC", description = "Your region, such as US or GB, or a nation, province or state such as GB-SCT or CA-ON, for help lines.")
  @Nullable String region;

  @Option(names = "--locale", paramLabel = "TAG", converter = Converters.LocaleConverter.class,
      description = "The language of the scripts (default: en).")
  @Nullable Locale locale;

  @Option(names = "--time-zone", paramLabel = "ZONE", converter = Converters.ZoneConverter.class,
      description = "Your time zone, for late-night messages (default: this computer's).")
  @Nullable ZoneId timeZone;

  @Option(names = "--pack", paramLabel = "FILE",
      description = "A content pack (folder or JSON file) to put over the defaults (repeatable; later ones win).")
  List<Path> packs = new ArrayList<>();

  @Option(names = "--via", paramLabel = "CHANNEL", description = "How the message arrived (default: TEXT).")
  @Nullable Channel via;

  @Option(names = "--at", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
      description = "When the message arrived, such as 2026-10-03T20:00:00Z (default: now).")
  @Nullable Instant at;

  @Option(names = "--category", paramLabel = "CATEGORY",
      description = "What the message is, if you know (otherwise it is read from the text): ${COMPLETION-CANDIDATES}.")
  @Nullable ContactCategory category;

  @Option(names = "--about", paramLabel = "TOPIC", description = "The practical topic of the message, if any.")
  @Nullable Topic about;

  @Option(names = "--safety", paramLabel = "LEVEL", description = "How dangerous the message is, if you know: ${COMPLETION-CANDIDATES}.")
  @Nullable Safety safety;

  @Option(names = "--matter", paramLabel = "TEXT", description = "The practical matter in a few words, such as \"Tuesday's pickup\".")
  @Nullable String matter;

  @Parameters(paramLabel = "MESSAGE", arity = "0..*", description = "The message from your ex (words are joined with spaces).")
  List<String> message = new ArrayList<>();

  AdviseCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (jsonl) {
      refuseWithJsonl();
      return jsonl(Packs.effective(packs).engine());
    }
    BoundaryEngine engine = Packs.effective(packs).engine();
    if (!message.isEmpty()) {
      Contact contact = contact(String.join(" ", message), at != null ? at : Instant.now(), via != null ? via : Channel.TEXT);
      LogisticsAnswer given = answer();
      Recommendation advice = given != null
          ? engine.recommend(plan(), ContactHistory.empty(), contact, given)
          : engine.recommend(plan(), ContactHistory.empty(), contact);
      Prose.advice(terminal.out(), advice);
      if (given == null && advice.action() == org.boundarykit.Action.REPLY_LOGISTICS) {
        terminal.out().println();
        terminal.out().println("Nothing is agreed until you choose. Run the command again with --answer"
            + " ACKNOWLEDGE, ASK, DECLINE or ACCEPT (and --answer-time, --answer-place, --alternative or --detail).");
      }
      if (advice.question().isPresent()) {
        terminal.out().println();
        terminal.out().println("Run the command again with your answer as --category (and --safety where one is shown).");
      }
      terminal.out().flush();
      return 0;
    }
    BufferedReader in = terminal.reader();
    if (terminal.interactive()) {
      return new Conversation(in).run(engine);
    }
    return lines(in, engine);
  }

  /** The user's answer given with --answer, or null; the details without --answer are refused. */
  private @Nullable LogisticsAnswer answer() {
    if (answer == null) {
      if (answerTime != null || answerPlace != null || alternative != null || detail != null) {
        throw new ParameterException(spec().commandLine(),
            "--answer-time, --answer-place, --alternative and --detail go with --answer: say which answer you chose");
      }
      return null;
    }
    LogisticsAnswer.Builder b = LogisticsAnswer.builder().reply(answer);
    if (answerTime != null) {
      b.time(answerTime);
    }
    if (answerPlace != null) {
      b.place(answerPlace);
    }
    if (alternative != null) {
      b.alternative(alternative);
    }
    if (detail != null) {
      b.detail(detail);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), "Invalid answer: " + String.valueOf(e.getMessage())
          .replace("answer.time:", "--answer-time:").replace("answer.place:", "--answer-place:")
          .replace("answer.alternative:", "--alternative:").replace("answer.detail:", "--detail:"));
    }
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  private void refuseWithJsonl() {
    List<String> given = new ArrayList<>();
    if (level != null) {
      given.add("--level");
    }
    if (!topics.isEmpty()) {
      given.add("--topic");
    }
    if (!channels.isEmpty()) {
      given.add("--channel");
    }
    if (exName != null) {
      given.add("--ex-name");
    }
    if (!reasons.isEmpty()) {
      given.add("--reason");
    }
    if (region != null) {
      given.add("--region");
    }
    if (exSeesPhone) {
      given.add("--ex-sees-phone");
    }
    if (!platforms.isEmpty()) {
      given.add("--platform");
    }
    if (answer != null || answerTime != null || answerPlace != null || alternative != null || detail != null) {
      given.add("--answer");
    }
    if (locale != null) {
      given.add("--locale");
    }
    if (timeZone != null) {
      given.add("--time-zone");
    }
    if (via != null || at != null || category != null || about != null || safety != null || matter != null) {
      given.add("--via, --at, --category, --about, --safety or --matter");
    }
    if (!message.isEmpty()) {
      given.add("a MESSAGE");
    }
    if (!given.isEmpty()) {
      throw new ParameterException(spec().commandLine(),
          "--jsonl reads the boundary and the message from each line, so it takes no " + String.join(", ", given));
    }
  }

  /** Batch mode: one request per line, one reply per line, flushed at once. */
  private int jsonl(BoundaryEngine engine) throws IOException {
    return JsonLines.run(terminal.in(), terminal.out(), handler(engine));
  }

  /** One advise request line to one reply line. */
  static JsonLines.Handler handler(BoundaryEngine engine) {
    return line -> {
      AdviseRequest request = WireFormat.readAdviseRequest(line);
      try {
        return JsonLines.Reply.answer(WireFormat.writeAdvice(request.id(), request.recommend(engine)));
      } catch (IllegalArgumentException e) {
        return JsonLines.Reply.failure(request.id(), String.valueOf(e.getMessage()));
      }
    };
  }

  /** Piped messages, one per line: each recommendation is assumed to have been followed. */
  private int lines(BufferedReader in, BoundaryEngine engine) throws IOException {
    BoundaryPlan plan = plan();
    PrintWriter out = terminal.out();
    ContactHistory history = ContactHistory.empty();
    Channel channel = via != null ? via : Channel.TEXT;
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      if (n++ > 0) {
        out.println();
      }
      Contact contact = contact(line.strip(), next(history, at), channel);
      Recommendation advice = engine.recommend(plan, history, contact);
      out.println("> " + line.strip());
      Prose.advice(out, advice);
      out.flush();
      history = history.append(HistoryEntry.of(contact, UserResponse.followed(advice)));
    }
    return 0;
  }

  private Contact contact(String text, Instant when, Channel channel) {
    Contact.Builder b = Contact.builder().text(text).at(when).channel(channel);
    if (category != null) {
      b.category(category);
    }
    if (about != null) {
      b.topic(about);
    }
    if (safety != null) {
      b.safety(safety);
    }
    if (matter != null) {
      b.matter(matter);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), "Invalid message: " + e.getMessage());
    }
  }

  /** The time of the next message: now (or the given time), never before the last one. */
  private static Instant next(ContactHistory history, @Nullable Instant given) {
    Instant now = given != null ? given : Instant.now();
    Optional<HistoryEntry> last = history.last();
    return last.isPresent() && now.isBefore(last.get().contact().at()) ? last.get().contact().at() : now;
  }

  private BoundaryPlan plan() {
    if (level == null) {
      throw new ParameterException(spec().commandLine(),
          "Missing --level: say which boundary you chose (NO_CONTACT, LOGISTICS_ONLY or LIMITED)");
    }
    try {
      return planOf(level);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), "Invalid boundary: " + String.valueOf(e.getMessage())
          .replace("plan.topics:", "--topic:").replace("plan.channels:", "--channel:").replace("plan.exName:", "--ex-name:")
          .replace("plan.region:", "--region:").replace("plan.platforms:", "--platform:").replaceFirst("^plan\\.reasons\\[\\d+\\]:", "--reason:")
          .replaceFirst("^plan\\.children(\\[\\d+\\])?:", "--child:").replaceFirst("^plan\\.pets(\\[\\d+\\])?:", "--pet:"));
    }
  }

  private BoundaryPlan planOf(ContactLevel chosen) {
    BoundaryPlan.Builder b = BoundaryPlan.builder()
        .level(chosen)
        .addAllTopics(topics)
        .addAllChannels(channels)
        .addAllReasons(reasons)
        .addAllChildren(children)
        .addAllPets(pets)
        .exMaySeeDevices(exSeesPhone)
        .addAllPlatforms(platforms)
        .locale(locale != null ? locale : Locale.ENGLISH)
        .timeZone(timeZone != null ? timeZone : ZoneId.systemDefault());
    if (exName != null) {
      b.exName(exName);
    }
    if (region != null) {
      b.region(region);
    }
    return b.build();
  }

  /** The interactive session: the boundary first, then message after message. */
  private final class Conversation {
    private final BufferedReader in;
    private final PrintWriter out;

    Conversation(BufferedReader in) {
      this.in = in;
      this.out = terminal.out();
    }

    int run(BoundaryEngine engine) throws IOException {
      out.println("Let's set your boundary first. Press Enter to skip a question that says (optional).");
      if (!askBoundary()) {
        out.println();
        out.println("Stopped before the boundary was set. Nothing was recorded.");
        return 0;
      }
      BoundaryPlan plan = plan();
      out.println();
      out.println("Your boundary: " + summary(plan));
      if (!plan.reasons().isEmpty()) {
        out.println("Your reasons: " + String.join("; ", plan.reasons()));
      }
      out.println();
      out.println("Now paste each message as it arrives, then press Enter on an empty line to end it (a message may");
      out.println("have several lines). An empty message asks whether to end the session.");
      ContactHistory history = ContactHistory.empty();
      Channel channel = via != null ? via : Channel.TEXT;
      String who = plan.exName().orElse("your ex");
      while (true) {
        out.println();
        String text = askMessage("Message from " + who + ": ");
        if (text == null) {
          break;
        }
        if (text.isBlank()) {
          // a stray Enter must not lose the conversation: ask before ending
          String end = ask("End the session? [y/N]: ");
          if (end == null || end.toLowerCase(Locale.ROOT).startsWith("y")) {
            break;
          }
          continue;
        }
        Channel arrived = askChoice("How did it arrive? (" + names(Channel.values()) + ") [" + channel + "]: ",
            channel, v -> parse(Channel.class, v));
        if (arrived == null) {
          break;
        }
        channel = arrived;
        Contact contact = contact(text.strip(), next(history, null), channel);
        Recommendation advice = engine.recommend(plan, history, contact);
        out.println();
        Prose.advice(out, advice);
        out.println();
        if (advice.question().isPresent()) {
          ReadingQuestion.Choice answer = askQuestion(advice.question().get());
          if (answer == null) {
            history = history.append(HistoryEntry.unanswered(contact));
            break;
          }
          // the user's answer is a label like any the app gives: the engine advises again with it
          Contact.Builder labelled = Contact.builder().from(contact).category(answer.category());
          answer.safety().ifPresent(labelled::safety);
          contact = labelled.build();
          advice = engine.recommend(plan, history, contact);
          out.println();
          Prose.advice(out, advice);
          out.println();
        }
        if (advice.action() == Action.REPLY_LOGISTICS && advice.script().flatMap(RenderedScript::reply).isPresent()) {
          // nothing is agreed for the user: they choose the answer, and its details fill the words
          LogisticsAnswer chosen = askAnswer();
          if (chosen != null) {
            advice = engine.recommend(plan, history, contact, chosen);
            out.println();
            Prose.advice(out, advice);
            out.println();
          }
        }
        UserResponse response = askResponse(advice);
        if (response == null) {
          history = history.append(HistoryEntry.unanswered(contact));
          break;
        }
        history = history.append(HistoryEntry.of(contact, response));
        out.println("Noted. " + history.size() + (history.size() == 1 ? " message" : " messages") + " so far.");
      }
      out.println();
      out.println("Take care of yourself. Each day you keep your boundary, it gets easier.");
      out.flush();
      return 0;
    }

    /** Asks for what the options did not give; false at the end of input. */
    private boolean askBoundary() throws IOException {
      boolean settingUp = level == null; // the plan questions are asked only when the boundary is
      if (level == null) {
        out.println("What contact, if any, will you accept from your ex?");
        out.println("  1) none at all (NO_CONTACT)");
        out.println("  2) only about practical matters, such as children or a lease (LOGISTICS_ONLY)");
        out.println("  3) some contact, on channels you choose (LIMITED)");
        level = askChoice("Choose 1, 2 or 3 [1]: ", ContactLevel.NO_CONTACT, v -> switch (v) {
          case "1" -> ContactLevel.NO_CONTACT;
          case "2" -> ContactLevel.LOGISTICS_ONLY;
          case "3" -> ContactLevel.LIMITED;
          default -> parse(ContactLevel.class, v);
        });
        if (level == null) {
          return false;
        }
      }
      ContactLevel chosen = level;
      if (chosen != ContactLevel.NO_CONTACT && topics.isEmpty()) {
        boolean required = chosen == ContactLevel.LOGISTICS_ONLY;
        List<Topic> answer = askList("Which practical topics may they contact you about? (" + names(Topic.values())
            + ", separated by commas" + (required ? "" : "; Enter for any") + "): ", Topic.class, required);
        if (answer == null) {
          return false;
        }
        topics.addAll(answer);
      }
      if (chosen != ContactLevel.NO_CONTACT && channels.isEmpty()) {
        List<Channel> answer = askList("Which channels may they use? (" + names(Channel.values())
            + ", separated by commas; Enter for any): ", Channel.class, false);
        if (answer == null) {
          return false;
        }
        channels.addAll(answer);
      }
      if (exName == null) {
        String name = askValid("Their name, for the messages you send (optional): ",
            v -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName(v).build());
        if (name == null) {
          return false;
        }
        exName = name.isEmpty() ? null : name;
      }
      if (reasons.isEmpty()) {
        String answer = askValid("Why are you doing this? A few words; separate reasons with ';' (optional): ",
            v -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addAllReasons(split(v, ";")).build());
        if (answer == null) {
          return false;
        }
        reasons.addAll(split(answer, ";"));
      }
      if (region == null) {
        String answer = askValid("Your region for help lines, such as US, GB or AU, or GB-SCT, CA-ON for a nation or province (optional): ",
            v -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region(v).build());
        if (answer == null) {
          return false;
        }
        region = answer.isEmpty() ? null : answer;
      }
      if (settingUp && timeZone == null) {
        // late-night messages are judged by the user's clock, not this computer's
        ZoneId here = ZoneId.systemDefault();
        ZoneId zone = askChoice("Your time zone, such as Europe/London or America/Chicago [" + here.getId() + "]: ", here,
            v -> {
              try {
                return ZoneId.of(v);
              } catch (java.time.DateTimeException e) {
                return null;
              }
            });
        if (zone == null) {
          return false;
        }
        timeZone = zone;
      }
      if (settingUp && !exSeesPhone) {
        while (true) {
          String answer = ask("Could your ex see your phone or accounts (a shared device, a passcode they know,"
              + " a shared cloud account, location sharing)? [y/N]: ");
          if (answer == null) {
            return false;
          }
          String a = answer.strip().toLowerCase(Locale.ROOT);
          if (a.isEmpty() || a.equals("n") || a.equals("no")) {
            break;
          }
          if (a.equals("y") || a.equals("yes")) {
            exSeesPhone = true;
            break;
          }
          out.println("Please answer y or n.");
        }
      }
      return true;
    }

    /** Asks the question by number; null at the end of input. */
    private ReadingQuestion.@Nullable Choice askQuestion(ReadingQuestion question) throws IOException {
      int n = question.choices().size();
      while (true) {
        String answer = ask("Your answer (1-" + n + "): ");
        if (answer == null) {
          return null;
        }
        if (answer.matches("[0-9]{1,3}")) {
          int k = Integer.parseInt(answer);
          if (k >= 1 && k <= n) {
            return question.choices().get(k - 1);
          }
        }
        out.println("Please answer with a number from 1 to " + n + ".");
      }
    }

    /** Which answer the user gives to a practical question, with its details; null to keep the offer. */
    private @Nullable LogisticsAnswer askAnswer() throws IOException {
      LogisticsReply reply = null;
      while (reply == null) {
        String v = ask("Your answer? [a]cknowledge / a[s]k for a detail / [d]ecline / a[c]cept / [Enter] decide later: ");
        if (v == null || v.isEmpty()) {
          return null;
        }
        reply = switch (v.toLowerCase(Locale.ROOT).charAt(0)) {
          case 'a' -> LogisticsReply.ACKNOWLEDGE;
          case 's' -> LogisticsReply.ASK;
          case 'd' -> LogisticsReply.DECLINE;
          case 'c' -> LogisticsReply.ACCEPT;
          default -> null;
        };
        if (reply == null) {
          out.println("Please answer a, s, d or c, or press Enter.");
        }
      }
      LogisticsAnswer.Builder b = LogisticsAnswer.builder().reply(reply);
      switch (reply) {
        case ACKNOWLEDGE -> detail("By when will you answer? (optional): ", b::time);
        case ASK -> detail("What detail do you need? (optional): ", b::detail);
        case DECLINE -> {
          detail("Which time doesn't work? (optional): ", b::time);
          detail("What can you offer instead? (optional): ", b::alternative);
        }
        case ACCEPT -> {
          detail("When? (optional): ", b::time);
          detail("Where? (optional): ", b::place);
        }
      }
      return b.build();
    }

    /** Asks for one optional detail of an answer, up to its length limit. */
    private void detail(String prompt, java.util.function.Consumer<String> into) throws IOException {
      while (true) {
        String value = ask(prompt);
        if (value == null || value.isEmpty()) {
          return;
        }
        if (value.length() <= LogisticsAnswer.MAX_DETAIL_LENGTH) {
          into.accept(value);
          return;
        }
        out.println("Please keep it to " + LogisticsAnswer.MAX_DETAIL_LENGTH + " characters.");
      }
    }

    private @Nullable UserResponse askResponse(Recommendation advice) throws IOException {
      int alternatives = advice.alternatives().size();
      String prompt = "What did you do? [Enter] what was advised" + (advice.script().isPresent() ? " / [r]eplied with the script" : "")
          + (alternatives == 0 ? "" : alternatives == 1 ? " / [1] the other wording" : " / [1]-[" + alternatives + "] another wording")
          + " / [o]wn reply / [n]othing / [m]uted / [b]locked / [d]ocumented: ";
      while (true) {
        String answer = ask(prompt);
        if (answer == null) {
          return null;
        }
        String a = answer.strip().toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
          return UserResponse.followed(advice);
        }
        if (a.matches("[0-9]+")) {
          int k = Integer.parseInt(a);
          if (k >= 1 && k <= alternatives) {
            return sent(advice, advice.alternatives().get(k - 1));
          }
        } else {
          UserResponse chosen = switch (a.charAt(0)) {
            case 'r' -> {
              if (advice.script().isPresent()) {
                yield sent(advice, advice.script().get());
              }
              out.println("There was no script this time, so this is recorded as a reply in your own words.");
              yield UserResponse.of(Action.REPLY);
            }
            case 'o' -> UserResponse.of(Action.REPLY);
            case 'n' -> advice.action() == Action.NO_REPLY ? UserResponse.followed(advice, null) : UserResponse.of(Action.NO_REPLY);
            case 'm' -> UserResponse.of(Action.MUTE, EscalationStep.MUTE);
            case 'b' -> UserResponse.of(Action.BLOCK, EscalationStep.BLOCK);
            case 'd' -> UserResponse.of(Action.DOCUMENT, EscalationStep.DOCUMENT);
            default -> null;
          };
          if (chosen != null) {
            return chosen;
          }
        }
        out.println("Please answer with one of the letters or numbers in brackets, or press Enter.");
      }
    }

    private UserResponse sent(Recommendation advice, RenderedScript script) {
      boolean sends = advice.action() == Action.REPLY || advice.action() == Action.REPLY_LOGISTICS
          || advice.action() == Action.TELL_FRIENDS;
      return sends ? UserResponse.followed(advice, script)
          : UserResponse.builder().action(Action.REPLY).scriptId(script.scriptId()).build();
    }

    /**
     * A message of one or more lines, ended by an empty line (or the end of input), so a pasted
     * message stays one message; an empty first line is an empty message, null the end of input.
     */
    private @Nullable String askMessage(String prompt) throws IOException {
      String first = ask(prompt);
      if (first == null || first.isEmpty()) {
        return first;
      }
      StringBuilder text = new StringBuilder(first);
      String line;
      while ((line = in.readLine()) != null && !line.isBlank()) {
        text.append('\n').append(line.strip());
      }
      return text.toString();
    }

    private @Nullable String ask(String prompt) throws IOException {
      out.print(prompt);
      out.flush();
      String line = in.readLine();
      return line == null ? null : line.strip();
    }

    private <T> @Nullable T askChoice(String prompt, T fallback, Function<String, @Nullable T> parser) throws IOException {
      while (true) {
        String answer = ask(prompt);
        if (answer == null) {
          return null;
        }
        if (answer.isEmpty()) {
          return fallback;
        }
        T value = parser.apply(answer);
        if (value != null) {
          return value;
        }
        out.println("\"" + answer + "\" is not one of the choices.");
      }
    }

    private <E extends Enum<E>> @Nullable List<E> askList(String prompt, Class<E> type, boolean required) throws IOException {
      while (true) {
        String answer = ask(prompt);
        if (answer == null) {
          return null;
        }
        Set<E> values = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : split(answer, ",")) {
          E value = parse(type, part);
          if (value == null) {
            unknown.add(part);
          } else {
            values.add(value);
          }
        }
        if (!unknown.isEmpty()) {
          out.println("Not a choice: " + String.join(", ", unknown) + ".");
        } else if (required && values.isEmpty()) {
          out.println("Name at least one.");
        } else {
          return new ArrayList<>(values);
        }
      }
    }

    /** Asks until {@code check} accepts the answer; an empty answer is always accepted. */
    private @Nullable String askValid(String prompt, Consumer<String> check) throws IOException {
      while (true) {
        String answer = ask(prompt);
        if (answer == null || answer.isEmpty()) {
          return answer;
        }
        try {
          check.accept(answer);
          return answer;
        } catch (IllegalArgumentException e) {
          String m = String.valueOf(e.getMessage());
          out.println(m.substring(m.indexOf(':') + 1).strip());
        }
      }
    }
  }

  private static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split(java.util.regex.Pattern.quote(separator), -1)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E value : EnumSet.allOf(type)) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }

  private static String names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> v : values) {
      names.add(v.name());
    }
    return String.join(", ", names);
  }

  private static String summary(BoundaryPlan plan) {
    StringBuilder s = new StringBuilder(plan.level().name());
    if (!plan.topics().isEmpty()) {
      s.append(", about ").append(names(plan.topics().stream().sorted().toArray(Topic[]::new)));
    }
    if (!plan.channels().isEmpty()) {
      s.append(", by ").append(names(plan.channels().stream().sorted().toArray(Channel[]::new)));
    }
    plan.exName().ifPresent(name -> s.append(", with ").append(name));
    plan.region().ifPresent(r -> s.append(", region ").append(r));
    return s.toString();
  }
}
