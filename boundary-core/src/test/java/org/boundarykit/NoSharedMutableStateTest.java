package org.boundarykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.text.Cue;
import org.boundarykit.text.CueClassifier;
import org.junit.jupiter.api.Test;

/**
 * An engine holds no mutable state that calls could share: every object reachable from it (the
 * table, the compiled rows, the scripts, the classifier and its automaton) has only final fields,
 * no mutable static fields, and only unmodifiable collections. Arrays are allowed only in private
 * final fields of the library's own classes, which never hand them out. There is no exception.
 */
class NoSharedMutableStateTest {

  /** JDK value types that are immutable; the walk does not look inside them. */
  private static final Set<Class<?>> JDK_VALUES = Set.of(
      String.class, Integer.class, Long.class, Double.class, Boolean.class, Character.class, Byte.class,
      Short.class, Float.class, Locale.class, Instant.class, LocalDate.class, LocalTime.class, Duration.class, Class.class);

  @Test
  void everythingReachableFromAnEngineIsImmutable() throws IllegalAccessException {
    CueClassifier classifier = CueClassifier.of(List.of(
            Cue.of("miss you", ContactCategory.NOSTALGIA_HOOVER),
            Cue.builder().phrase("hurt you").category(ContactCategory.THREAT_HARASSMENT).safety(Safety.URGENT).build(),
            Cue.builder().phrase("not").kind(Cue.Kind.NEGATION).build()),
        LocalTime.of(23, 0), LocalTime.of(5, 0));
    BoundaryEngine engine = TestPolicy.engineBuilder().classifier(classifier).build();
    for (String zone : List.of("America/Chicago", "Europe/London", "UTC+05:30")) {
      // recommend in several zones first, so that anything a call could leave behind is walked too
      BoundaryPlan plan = BoundaryPlan.builder().level(ContactLevel.NO_CONTACT).timeZone(ZoneId.of(zone)).build();
      Contact contact = Contact.builder().channel(Channel.TEXT).at(Instant.parse("2026-03-08T08:30:00Z"))
          .text("i miss you").build();
      engine.recommend(plan, ContactHistory.empty(), contact);
    }
    List<String> problems = new ArrayList<>();
    int visited = walk(engine, problems);
    assertThat(problems).isEmpty();
    assertThat(visited).as("objects visited").isGreaterThan(200);
  }

  @Test
  void theWalkFindsMutableState() throws IllegalAccessException {
    // the check itself can fail: a mutable holder is reported
    class Holder {
      final List<String> list = new ArrayList<>();
      int counter;
    }
    List<String> problems = new ArrayList<>();
    walk(new Holder(), problems);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("counter").contains("not final"))
        .anySatisfy(p -> assertThat(p).contains("java.util.ArrayList"));
  }

  private static int walk(Object root, List<String> problems) throws IllegalAccessException {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {root, "engine"});
    while (!todo.isEmpty()) {
      Object[] next = todo.pop();
      Object value = next[0];
      String path = (String) next[1];
      if (value == null || seen.put(value, Boolean.TRUE) != null) {
        continue;
      }
      Class<?> type = value.getClass();
      if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())
          || JDK_VALUES.contains(type) || value instanceof ZoneId) {
        continue;
      }
      if (value instanceof Optional<?> o) {
        o.ifPresent(v -> todo.push(new Object[] {v, path + ".get()"}));
        continue;
      }
      if (value instanceof Collection<?> c) {
        if (!unmodifiable(c)) {
          problems.add(path + ": a " + type.getName() + " can be changed");
        }
        int i = 0;
        for (Object element : c) {
          todo.push(new Object[] {element, path + "[" + i++ + "]"});
        }
        continue;
      }
      if (value instanceof Map<?, ?> m) {
        if (!unmodifiable(m)) {
          problems.add(path + ": a " + type.getName() + " can be changed");
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
          todo.push(new Object[] {e.getKey(), path + ".key"});
          todo.push(new Object[] {e.getValue(), path + "[" + e.getKey() + "]"});
        }
        continue;
      }
      if (type.isArray()) {
        if (!type.getComponentType().isPrimitive()) {
          Object[] array = (Object[]) value;
          for (int i = 0; i < array.length; i++) {
            todo.push(new Object[] {array[i], path + "[" + i + "]"});
          }
        }
        continue;
      }
      if (type.getName().startsWith("java.")) {
        problems.add(path + ": reaches " + type.getName() + ", which this check cannot prove immutable");
        continue;
      }
      for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (f.isSynthetic() || f.getName().startsWith("$")) {
            continue; // added by the compiler or by coverage and mutation tools, not the library's state
          }
          String where = path + "." + f.getName() + " (" + c.getName() + ")";
          f.setAccessible(true);
          Object fieldValue = f.get(Modifier.isStatic(f.getModifiers()) ? null : value);
          if (c.getSimpleName().startsWith("Immutable") && f.getName().equals("initShim")) {
            // Immutables' construction helper: cleared once the value is built
            if (fieldValue != null) {
              problems.add(where + ": still set after construction");
            }
            continue;
          }
          if (!Modifier.isFinal(f.getModifiers())) {
            problems.add(where + ": not final");
          }
          if (f.getType().isArray() && !Modifier.isPrivate(f.getModifiers())) {
            problems.add(where + ": an array in a field that is not private");
          }
          todo.push(new Object[] {fieldValue, path + "." + f.getName()});
        }
      }
    }
    return seen.size();
  }

  private static boolean unmodifiable(Object collection) {
    String name = collection.getClass().getName();
    return name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Unmodifiable")
        || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton");
  }
}
