package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.boundarykit.rules.DecisionTable;
import org.boundarykit.rules.EscalationThresholds;
import org.boundarykit.rules.LadderPosition;
import org.boundarykit.rules.Rule;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.boundarykit.text.Cue;
import org.boundarykit.text.CueClassifier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Sweeps the public API of boundary-core: every public method and constructor of every public type
 * in the exported packages is called with a null in each reference parameter (the others given
 * valid values), and every String parameter is given hostile values. A null is refused at the
 * boundary with a NullPointerException whose message names something (never a helpful-NPE message
 * from deep inside); a hostile string is accepted or refused with an IllegalArgumentException that
 * says what was wrong; nothing else escapes.
 */
class PublicApiArgumentsTest {

  private static final Instant AT = Instant.parse("2026-10-01T15:00:00Z");
  private static final BoundaryEngine ENGINE = TestPolicy.engine();

  /** Valid values for every parameter type the API takes. */
  private static final Map<Class<?>, Supplier<Object>> VALID = new LinkedHashMap<>();

  static {
    VALID.put(String.class, () -> "sam");
    VALID.put(CharSequence.class, () -> "sam");
    VALID.put(int.class, () -> 1);
    VALID.put(long.class, () -> 1L);
    VALID.put(double.class, () -> 1.0);
    VALID.put(boolean.class, () -> true);
    VALID.put(Instant.class, () -> AT);
    VALID.put(LocalTime.class, () -> LocalTime.NOON);
    VALID.put(LocalDate.class, () -> LocalDate.of(2026, 11, 1));
    VALID.put(Locale.class, () -> Locale.ENGLISH);
    VALID.put(ZoneId.class, () -> ZoneOffset.UTC);
    VALID.put(ZonedDateTime.class, () -> AT.atZone(ZoneOffset.UTC));
    VALID.put(Optional.class, Optional::empty);
    VALID.put(Iterable.class, List::of);
    VALID.put(java.util.Collection.class, List::of);
    VALID.put(List.class, List::of);
    VALID.put(java.util.Set.class, java.util.Set::of);
    VALID.put(BoundaryPlan.class, Situations::noContact);
    VALID.put(Contact.class, () -> Situations.text(0, ContactCategory.OTHER));
    VALID.put(ContactHistory.class, ContactHistory::empty);
    VALID.put(HistoryEntry.class, () -> HistoryEntry.unanswered(Situations.text(0, ContactCategory.OTHER)));
    VALID.put(UserResponse.class, () -> UserResponse.of(Action.NO_REPLY));
    VALID.put(Script.class, () -> TestPolicy.scripts().get(0));
    VALID.put(Strategy.class, () -> TestPolicy.strategies().get(0));
    VALID.put(TechStep.class, () -> TestPolicy.techSteps().get(0));
    VALID.put(SafetyResource.class, () -> TestPolicy.resources().get(0));
    VALID.put(RenderedScript.class, () -> RenderedScript.of(TestPolicy.scripts().get(0), "text"));
    VALID.put(Explanation.class, () -> ENGINE.recommend(Situations.noContact(), ContactHistory.empty(),
        Situations.text(0, ContactCategory.OTHER)).explanation());
    VALID.put(Recommendation.class, () -> ENGINE.recommend(Situations.noContact(), ContactHistory.empty(),
        Situations.text(0, ContactCategory.OTHER)));
    VALID.put(Rule.class, () -> TestPolicy.rules().get(0));
    VALID.put(DecisionTable.class, TestPolicy::table);
    VALID.put(EscalationThresholds.class, () -> EscalationThresholds.of(3, 5, 3));
    VALID.put(Classification.class, Classification::unclassified);
    VALID.put(ClassificationContext.class, () -> ClassificationContext.of(Locale.ENGLISH, Optional.empty()));
    VALID.put(ContactClassifier.class, ContactClassifier::unclassified);
    VALID.put(Cue.class, () -> Cue.of("miss you", ContactCategory.NOSTALGIA_HOOVER));
    VALID.put(CueClassifier.class, () -> CueClassifier.of(List.of(Cue.of("miss you", ContactCategory.NOSTALGIA_HOOVER)),
        LocalTime.of(23, 0), LocalTime.of(5, 0)));
    VALID.put(BoundaryEngine.class, () -> ENGINE);
    VALID.put(BoundaryEngine.Builder.class, TestPolicy::engineBuilder);
    VALID.put(BoundaryPlan.Builder.class, () -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT));
    VALID.put(Contact.Builder.class, () -> Contact.builder().channel(Channel.TEXT).at(AT));
    VALID.put(UserResponse.Builder.class, () -> UserResponse.builder().action(Action.REPLY));
    VALID.put(Script.Builder.class, () -> Script.builder().id("s").audience(Audience.EX).purpose(ScriptPurpose.RESTATE)
        .text("Please stop."));
    VALID.put(Strategy.Builder.class, () -> Strategy.builder().id("s").title("T").summary("S"));
    VALID.put(TechStep.Builder.class, () -> TechStep.builder().id("t").text("Mute it."));
    VALID.put(SafetyResource.Builder.class, () -> SafetyResource.builder().id("r").addRegions("US")
        .kind(ResourceKind.EMERGENCY).name("N").contact("911").lastChecked(LocalDate.of(2026, 11, 1)));
    VALID.put(Rule.Builder.class, () -> Rule.builder().id("r").action(Action.NO_REPLY).reason("R"));
    VALID.put(DecisionTable.Builder.class, () -> DecisionTable.builder().rules(TestPolicy.rules()));
    VALID.put(Classification.Builder.class, () -> Classification.builder().category(ContactCategory.OTHER)
        .safety(Safety.NONE).confidence(0.5));
    VALID.put(Cue.Builder.class, () -> Cue.builder().phrase("miss you"));
  }

  private static final List<String> HOSTILE_STRINGS = List.of(
      "", " ", "\u0000", "\n\r\t", "{exName}[x]{", "<b>bold</b>", "\u202Eevil\u202C", "\uD800", "\u200B",
      "x".repeat(1_000_000));

  /** Types whose methods the sweep visits: the public types of the exported packages. */
  private static final List<Class<?>> API = List.of(
      Action.class, Audience.class, BoundaryEngine.class, BoundaryEngine.Builder.class, BoundaryPlan.class,
      BoundaryPlan.Builder.class, Channel.class, Contact.class, Contact.Builder.class, ContactCategory.class,
      ContactHistory.class, ContactLevel.class, EngineConfigurationException.class, EscalationStep.class,
      Explanation.class, HistoryEntry.class, InvalidValueException.class, Recommendation.class,
      RenderedScript.class, ResourceKind.class, Safety.class, SafetyResource.class, SafetyResource.Builder.class,
      Script.class, Script.Builder.class, ScriptPurpose.class, Strategy.class, Strategy.Builder.class,
      TechStep.class, TechStep.Builder.class, Topic.class, UserResponse.class, UserResponse.Builder.class,
      DecisionTable.class, DecisionTable.Builder.class, EscalationThresholds.class, LadderPosition.class,
      Rule.class, Rule.Builder.class, Classification.class, Classification.Builder.class,
      ClassificationContext.class, ContactClassifier.class, Cue.class, Cue.Builder.class, CueClassifier.class);

  private record Call(Class<?> owner, Method method) {
    @Override
    public String toString() {
      return owner.getSimpleName() + "." + method.getName() + Arrays.toString(method.getParameterTypes());
    }
  }

  private static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (Class<?> type : API) {
      Method[] methods = type.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
      for (Method m : methods) {
        if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == Enum.class
            || m.getDeclaringClass() == Throwable.class || m.isSynthetic() || m.isBridge()
            || m.getName().equals("equals") || m.getName().equals("valueOf")) {
          continue;
        }
        boolean known = Arrays.stream(m.getParameterTypes()).allMatch(p -> VALID.containsKey(p) || p.isEnum()
            || p.isArray());
        boolean instance = !Modifier.isStatic(m.getModifiers());
        if (known && (!instance || VALID.containsKey(type) || type.isEnum())) {
          calls.add(new Call(type, m));
        }
      }
    }
    return calls;
  }

  private static @Nullable Object receiver(Call call) {
    if (Modifier.isStatic(call.method().getModifiers())) {
      return null;
    }
    if (call.owner().isEnum()) {
      return call.owner().getEnumConstants()[0];
    }
    return VALID.get(call.owner()).get();
  }

  private static Object valid(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    return VALID.get(type).get();
  }

  private static @Nullable Throwable invoke(Call call, Object[] args) throws IllegalAccessException {
    Method m = call.method();
    m.setAccessible(true); // Immutables' builders are public classes with package-private parents
    try {
      m.invoke(receiver(call), args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  private static boolean nullable(Parameter p, AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class) || p.isAnnotationPresent(Nullable.class);
  }

  /**
   * A null is refused at the boundary when the NullPointerException comes from a null check
   * ({@code Objects.requireNonNull} with a message), or from the called method's own first use of
   * that very parameter, whose message then names it ({@code because "elements" is null}), or from
   * the first statement of a builder method that Immutables generates. An NPE from a deeper frame,
   * or about anything but a parameter, is a failure.
   */
  private static boolean refusedAtTheBoundary(Throwable thrown, Method called) {
    if (!(thrown instanceof NullPointerException) || thrown.getMessage() == null || thrown.getMessage().isBlank()) {
      return false;
    }
    StackTraceElement top = thrown.getStackTrace()[0];
    if (top.getClassName().equals("java.util.Objects")) {
      return thrown.getStackTrace()[1].getClassName().startsWith("org.boundarykit.");
    }
    if (!thrown.getMessage().startsWith("Cannot ")) {
      return top.getClassName().startsWith("org.boundarykit.");
    }
    if (top.getClassName().matches("org\\.boundarykit\\.(\\w+\\.)*Immutable\\w+\\$Builder")) {
      // the generated builders refuse a null collection or array in their first statement
      return thrown.getMessage().matches("Cannot (invoke|read) .* because \"[<>\\w]+\" is null");
    }
    boolean namesAParameter = Arrays.stream(called.getParameters())
        .anyMatch(p -> thrown.getMessage().endsWith("because \"" + p.getName() + "\" is null"))
        || thrown.getMessage().matches(".*because \"[a-zA-Z]+\" is null");
    return namesAParameter && top.getClassName().startsWith("org.boundarykit.")
        && top.getMethodName().equals(called.getName());
  }

  @Test
  void theSweepCoversTheApi() {
    List<Call> calls = calls();
    assertThat(calls).hasSizeGreaterThan(250);
    assertThat(calls).extracting(Call::toString).contains(
        "BoundaryEngine.recommend[class org.boundarykit.BoundaryPlan, class org.boundarykit.ContactHistory, class org.boundarykit.Contact]");
  }

  @Test
  void aNullArgumentIsRefusedAtTheBoundaryNamingWhatWasNull() throws Exception {
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (Call call : calls()) {
      Method m = call.method();
      Parameter[] params = m.getParameters();
      AnnotatedType[] types = m.getAnnotatedParameterTypes();
      for (int i = 0; i < params.length; i++) {
        if (params[i].getType().isPrimitive() || nullable(params[i], types[i])) {
          continue;
        }
        Object[] args = new Object[params.length];
        for (int k = 0; k < params.length; k++) {
          args[k] = k == i ? null : valid(params[k].getType());
        }
        Throwable thrown = invoke(call, args);
        String where = call + " with null argument " + i;
        if (thrown == null) {
          wrong.add(where + ": accepted a null");
        } else if (!refusedAtTheBoundary(thrown, m)) {
          wrong.add(where + ": " + thrown + " at " + thrown.getStackTrace()[0]);
        }
        checked++;
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).isGreaterThan(150);
  }

  @Test
  void aHostileStringIsAcceptedOrRefusedWithAClearError() throws Exception {
    int checked = 0;
    for (Call call : calls()) {
      Class<?>[] params = call.method().getParameterTypes();
      for (int i = 0; i < params.length; i++) {
        if (params[i] != String.class) {
          continue;
        }
        for (String hostile : HOSTILE_STRINGS) {
          Object[] args = new Object[params.length];
          for (int k = 0; k < params.length; k++) {
            args[k] = k == i ? hostile : valid(params[k]);
          }
          Throwable thrown = invoke(call, args);
          if (thrown != null) {
            String where = call + " with \"" + hostile.substring(0, Math.min(20, hostile.length())) + "\" at " + i;
            assertThat(thrown).as(where).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).as(where).isNotBlank().hasSizeLessThan(1_000);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void valuesThatEnterScriptsAreCappedWithATypedErrorNamingTheField() {
    String longName = "n".repeat(BoundaryPlan.MAX_NAME_LENGTH + 1);
    assertThatThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName(longName).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("plan.exName"))
        .hasMessageStartingWith("plan.exName: at most 60 characters");
    assertThatThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).addReasons("ok", " ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("plan.reasons[1]"));
    assertThatThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT)
            .addAllReasons(java.util.Collections.nCopies(BoundaryPlan.MAX_REASONS + 1, "I need space")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("plan.reasons"))
        .hasMessageContaining("at most 20 reasons");
    assertThatThrownBy(() -> Contact.builder().channel(Channel.TEXT).at(AT)
            .matter("m".repeat(Contact.MAX_MATTER_LENGTH + 1)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("contact.matter"))
        .hasMessageStartingWith("contact.matter: at most 80 characters");
    assertThatThrownBy(() -> BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).region("x".repeat(10_000)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("plan.region"))
        .message().hasSizeLessThan(300);
    // the limits themselves are accepted
    assertThat(BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).exName("n".repeat(60))
        .addAllReasons(java.util.Collections.nCopies(20, "r".repeat(200))).build().reasons()).hasSize(20);
  }
}
