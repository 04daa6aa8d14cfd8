package org.boundarykit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.boundarykit.content.ContentPack;
import org.boundarykit.spi.Classification;
import org.boundarykit.spi.ClassificationContext;
import org.boundarykit.spi.ContactClassifier;

/**
 * The messages of {@link ClassifyBenchmark}, timed as thread CPU time per call (best of 5 rounds
 * after 5 warm-up rounds): a cross-check of the JMH figures on a machine shared with other work,
 * where wall-clock time varies with the load but a thread's CPU time much less.
 */
public final class ClassifyCpuTime {
  private ClassifyCpuTime() {}

  /**
   * Prints the CPU time per call for each message.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ContactClassifier classifier = ContentPack.defaults().classifier();
    ClassificationContext context = ClassificationContext.of(Locale.ENGLISH,
        Optional.of(ZonedDateTime.of(2026, 10, 1, 23, 30, 0, 0, ZoneOffset.UTC)));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int checksum = 0;
    for (String script : new String[] {"ascii", "mixed"}) {
      for (int length : new int[] {20, 280, 5000, 1_000_000}) {
        String plain = Workload.message(length, 7);
        String message = script.equals("mixed") ? ClassifyBenchmark.mixed(plain, length) : plain;
        int reps = length >= 1_000_000 ? 40 : Math.min(200_000, 100_000_000 / length);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < reps; i++) {
            Classification c = classifier.classify(message, context);
            checksum += c.cues().size();
          }
          long nanos = threads.getCurrentThreadCpuTime() - start;
          if (round >= 5) {
            best = Math.min(best, nanos / (double) reps);
          }
        }
        System.out.printf(Locale.ROOT, "%s %,9d characters: %,12.3f us CPU per call%n",
            script, length, best / 1000);
      }
    }
    System.out.println("(checksum " + checksum + ")");
  }
}
