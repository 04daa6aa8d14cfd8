package org.boundarykit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.boundarykit.content.ContentPack;
import org.boundarykit.content.ContentSource;

/**
 * What {@link LoadBenchmark} does, phase by phase, timed as the main thread's CPU time: on a busy
 * machine wall time mostly measures waiting for a core, CPU time far less. Run it in a fresh JVM.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Prints the CPU time of each phase of a cold load and build.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = threads.getCurrentThreadCpuTime();
    ContentPack pack = ContentPack.load(
        ContentSource.classpath(ColdStart.class.getClassLoader(), "org/boundarykit/content/v1"));
    long t1 = threads.getCurrentThreadCpuTime();
    pack.lint();
    long t2 = threads.getCurrentThreadCpuTime();
    pack.classifier();
    long t3 = threads.getCurrentThreadCpuTime();
    pack.validated(); // lints again (warm by now) and builds the engine it verifies and keeps
    long t4 = threads.getCurrentThreadCpuTime();
    pack.engine(); // takes the engine validated() kept
    long t5 = threads.getCurrentThreadCpuTime();
    System.out.printf(
        "main thread CPU: read %.0f ms, lint %.0f ms, classifier %.0f ms, validated (engine) %.0f ms, engine() %.0f ms;"
            + " total %.0f ms%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t5 - t0) / 1e6);
  }
}
