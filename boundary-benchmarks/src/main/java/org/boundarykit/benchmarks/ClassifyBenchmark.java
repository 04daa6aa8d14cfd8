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

/** The default classifier alone, on messages of about 20, 280, 5,000 and 1,000,000 characters. */
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

  private ContactClassifier classifier;
  private String message;
  private ClassificationContext context;

  /** Builds the classifier and the message. */
  @Setup
  public void setUp() {
    classifier = ContentPack.defaults().classifier();
    message = Workload.message(length, 7);
    context = ClassificationContext.of(Locale.ENGLISH,
        Optional.of(ZonedDateTime.of(2026, 10, 1, 23, 30, 0, 0, ZoneOffset.UTC)));
  }

  /** One classification. @return the result */
  @Benchmark
  public Classification classify() {
    return classifier.classify(message, context);
  }
}
