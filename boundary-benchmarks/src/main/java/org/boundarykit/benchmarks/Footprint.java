package org.boundarykit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.content.ContentPack;

/**
 * The retained heap of a built engine with the default pack, measured as the used heap after a
 * forced GC with the engine held, minus the same without it (a before/after measurement, not JOL).
 */
public final class Footprint {
  private Footprint() {}

  /**
   * Prints the retained heap.
   *
   * @param args unused
   * @throws InterruptedException if interrupted while the GC settles
   */
  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ContentPack.defaults(); // load classes and the cached pack first
    long before = settledUsed(memory);
    BoundaryEngine engine = ContentPack.load(org.boundarykit.content.ContentSource.classpath(
        Footprint.class.getClassLoader(), "org/boundarykit/content/v1")).engine();
    long after = settledUsed(memory);
    System.out.printf("retained heap of a pack and its engine: %.2f MB (%d bytes)%n",
        (after - before) / 1_048_576.0, after - before);
    System.out.println(engine.table().rules().size() + " rules held");
  }

  private static long settledUsed(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
