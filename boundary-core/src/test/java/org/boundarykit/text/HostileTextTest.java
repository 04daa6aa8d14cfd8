package org.boundarykit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.boundarykit.Safety;
import org.boundarykit.internal.text.TextNormalizer;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile message text: every kind of awkward Unicode, up to a megabyte, is classified without an
 * exception, and the work grows linearly with the length. Linearity is checked by comparing the
 * thread's CPU time at two sizes sixteen times apart with a generous factor: linear work grows
 * about 16 times, quadratic work 256 times. Speed itself is measured in boundary-benchmarks.
 */
class HostileTextTest {

  private static final CueClassifier REAL = ShippedCues.classifier();
  private static final ClassificationContext CONTEXT =
      ClassificationContext.of(Locale.ENGLISH, Optional.empty());
  private static final int SMALL = 64 * 1024;
  private static final int LARGE = 1024 * 1024;

  /** Builds a string of about {@code n} chars by repeating a unit. */
  private static IntFunction<String> repeat(String unit) {
    return n -> unit.repeat(Math.max(1, n / unit.length()));
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("combining marks of mixed classes on one letter",
            (IntFunction<String>) n -> "a" + "\u0301\u0316\u0334\u0345".repeat(n / 4)),
        Arguments.of("combining marks split by zero-width characters",
            repeat("\u0301\u200B\u0316\u2060")),
        Arguments.of("halfwidth sound marks", repeat("\uFF9E\uFF9F")),
        Arguments.of("lone surrogates among letters", repeat("k\uD800i\uDC00ll \uDBFF")),
        Arguments.of("control characters and bidi overrides", repeat("\u0000\u202Ekill\u202C\u0007\u2066you\u2069\r\n")),
        Arguments.of("zero-width joiners inside words", repeat("h\u200Du\u200Dr\u200Dt \uFEFF")),
        Arguments.of("emoji sequences", repeat("\uD83D\uDC69\u200D\u2764\uFE0F\u200D\uD83D\uDC8B\u200D\uD83D\uDC68"
            + "\uD83C\uDDFA\uD83C\uDDF8\uD83D\uDC4D\uD83C\uDFFD\uD83D\uDD2A ")),
        Arguments.of("threat cues on every word", repeat("if you leave i will hurt you. ")),
        Arguments.of("self-harm cues with negations", repeat("i won't kill myself, i want to die? ")),
        Arguments.of("one giant word", repeat("a")),
        Arguments.of("one giant word of runs", repeat("sooooooo")),
        Arguments.of("apostrophes inside one word", repeat("a'")),
        Arguments.of("shortcodes and emoticons", repeat(":heart::a_b:<3333:-(;)")),
        Arguments.of("digits and times", repeat("12:3012.30am1")),
        Arguments.of("boundary punctuation", repeat("?!.,;:()\"-")),
        Arguments.of("random code points", (IntFunction<String>) n -> random(n, 42)));
  }

  private static String random(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder(n);
    while (b.length() < n) {
      int pick = rnd.nextInt(4);
      if (pick == 0) {
        b.append((char) rnd.nextInt(0x10000)); // includes lone surrogates
      } else if (pick == 1) {
        b.appendCodePoint(rnd.nextInt(0x110000 - 0x10000) + 0x10000);
      } else if (pick == 2) {
        b.append((char) (0x300 + rnd.nextInt(0x70)));
      } else {
        b.append("you ");
      }
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isClassifiedWithoutErrorInLinearWork(String kind, IntFunction<String> input) {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      String small = input.apply(SMALL);
      String large = input.apply(LARGE);
      assertThat(large.length()).as(kind).isGreaterThanOrEqualTo(LARGE - 64);
      for (int i = 0; i < 3; i++) {
        classify(input.apply(4096)); // warm up the code paths of this input
      }
      long smallNanos = cpuNanos(3, () -> classify(small));
      long largeNanos = cpuNanos(1, () -> classify(large));
      double sizeRatio = (double) large.length() / small.length();
      // linear: ~16x; quadratic: ~256x. 4x slack for caches and the collector, plus 0.2 s.
      assertThat((double) largeNanos)
          .as("%s: %d ms at %d chars, %d ms at %d chars", kind, smallNanos / 1_000_000, small.length(),
              largeNanos / 1_000_000, large.length())
          .isLessThan(smallNanos * sizeRatio * 4 + 200_000_000L);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void normalisationKeepsItsGuarantees(String kind, IntFunction<String> input) {
    String text = input.apply(8192);
    String folded = TextNormalizer.fold(text);
    assertThat(TextNormalizer.fold(folded)).as(kind).isEqualTo(folded);
    assertThat(folded.codePoints()).as(kind).noneMatch(cp -> Character.getType(cp) == Character.SURROGATE
        || Character.getType(cp) == Character.FORMAT || (Character.isISOControl(cp) && cp != '\n'));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void aThreatAfterTheNoiseIsStillSeen(String kind, IntFunction<String> input) {
    Classification c = classify(input.apply(SMALL) + "\nI will kill you.");
    assertThat(c.safety()).as(kind).isEqualTo(Safety.URGENT);
  }

  private static Classification classify(String text) {
    Classification c = REAL.classify(text, CONTEXT);
    assertThat(c.confidence()).isBetween(0.0, 1.0);
    return c;
  }

  /** The least CPU time of some runs on this thread, in nanoseconds. */
  private static long cpuNanos(int runs, Runnable work) throws ReflectiveOperationException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = threadCpuNanos();
      work.run();
      best = Math.min(best, threadCpuNanos() - start);
    }
    return best;
  }

  /**
   * The current thread's CPU time, read reflectively: the tests run inside the core module, which
   * does not read java.management.
   */
  private static long threadCpuNanos() throws ReflectiveOperationException {
    Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    Method cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
    return (Long) cpu.invoke(bean);
  }
}
