package org.boundarykit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.content.ContentPack;
import org.boundarykit.content.ContentSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Loading, linting and verifying the default pack and building an engine, cold, in a fresh JVM. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class LoadBenchmark {

  /** One cold load and build. @return the engine */
  @Benchmark
  public BoundaryEngine loadAndBuild() {
    ContentPack pack = ContentPack.load(
        ContentSource.classpath(LoadBenchmark.class.getClassLoader(), "org/boundarykit/content/v1")).validated();
    return pack.engine();
  }
}
