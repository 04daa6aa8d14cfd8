package org.boundarykit.benchmarks;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.boundarykit.content.ContentPack;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default classifier alone, on messages of about 20, 280, 5,000 and 1,000,000 characters:
 * plain ASCII, or the same words with emoji, skin tones, curly quotes and an accent ("mixed").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClassifyBenchmark {

  /** Message length in characters. */
  @Param({"20", "280", "5000", "1000000"})
  public int length;

  /** {@code ascii}: plain ASCII text; {@code mixed}: the same with emoji and typographic quotes. */
  @Param({"ascii", "mixed"})
  public String script;

  private ContactClassifier classifier;
  private String message;
  private ClassificationContext context;

  /** Builds the classifier and the message. */
  @Setup
  public void setUp() {
    classifier = ContentPack.defaults().classifier();
    message = script.equals("mixed") ? mixed(Workload.message(length, 7), length)
        : Workload.message(length, 7);
    context = ClassificationContext.of(Locale.ENGLISH,
        Optional.of(ZonedDateTime.of(2026, 10, 1, 23, 30, 0, 0, ZoneOffset.UTC)));
  }

  /** The same words with what phones add: emoji (with a skin tone), curly quotes, an accent. */
  static String mixed(String plain, int length) {
    String s = plain
        .replace("'", "\u2019")
        .replace("miss you", "miss you \u2764\uFE0F")
        .replace("sorry", "sorry \uD83D\uDE2D")
        .replace("ok", "\u201Cok\u201D")
        .replace("hey", "hey \uD83D\uDC4B\uD83C\uDFFD")
        .replace("coast", "c\u00F4te");
    String cut = s.substring(0, Math.min(length, s.length()));
    return Character.isHighSurrogate(cut.charAt(cut.length() - 1))
        ? cut.substring(0, cut.length() - 1) : cut;
  }

  /** One classification. @return the result */
  @Benchmark
  public Classification classify() {
    return classifier.classify(message, context);
  }
}
