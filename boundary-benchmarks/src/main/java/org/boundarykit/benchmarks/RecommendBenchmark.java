package org.boundarykit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.boundarykit.BoundaryEngine;
import org.boundarykit.Contact;
import org.boundarykit.Recommendation;
import org.boundarykit.content.ContentPack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One decision on a structured contact (category given), over the seeded mix: the engine, Easy
 * Rules and hand-written Java doing the same work (action, step, chosen script and its text); the
 * engine with every deferred part read; and the engine from text (classify + decide).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecommendBenchmark {

  private List<Workload.Input> inputs;
  private List<Workload.Input> textInputs;
  private BoundaryEngine engine;
  private HandWritten handWritten;
  private EasyRulesPolicy easyRules;
  private int next;

  /** Builds the engines and the mix. */
  @Setup
  public void setUp() {
    ContentPack pack = ContentPack.defaults();
    engine = pack.engine();
    handWritten = new HandWritten(pack);
    easyRules = new EasyRulesPolicy(pack);
    inputs = Workload.mix(1024, 42);
    String[] texts = {
      "hey u up?", "can u do pickup tues at 4", "i miss you so much", "happy birthday!!",
      "you're being so cruel to me", "you left your hoodie here", "just checking in, how are you"
    };
    textInputs = inputs.stream()
        .map(in -> new Workload.Input(in.plan(), in.history(),
            Contact.builder().channel(in.contact().channel()).at(in.contact().at())
                .text(texts[Math.floorMod(in.contact().at().hashCode(), texts.length)]).build()))
        .toList();
  }

  private Workload.Input input() {
    Workload.Input in = inputs.get(next);
    next = (next + 1) & 1023;
    return in;
  }

  /** The engine: the full recommendation. @return the recommendation */
  @Benchmark
  public Recommendation engine() {
    Workload.Input in = input();
    return engine.recommend(in.plan(), in.history(), in.contact());
  }

  /**
   * The engine, then every part rendered on first access read once (alternatives, self-care and
   * support lines, matched rules): the cost of a caller that shows everything.
   *
   * @param out consumes every part
   */
  @Benchmark
  public void engineAllParts(Blackhole out) {
    Workload.Input in = input();
    Recommendation r = engine.recommend(in.plan(), in.history(), in.contact());
    out.consume(r.script());
    out.consume(r.alternatives());
    out.consume(r.selfCare());
    out.consume(r.support());
    out.consume(r.explanation().matchedRules());
    out.consume(r);
  }

  /** Easy Rules with the same conditions, then the same script choice. @return the decision */
  @Benchmark
  public Decision easyRules() {
    Workload.Input in = input();
    return easyRules.recommend(in.plan(), in.history().entries(), in.contact());
  }

  /** Hand-written if/else, then the same script choice. @return the decision */
  @Benchmark
  public Decision handWritten() {
    Workload.Input in = input();
    return handWritten.recommend(in.plan(), in.history().entries(), in.contact());
  }

  /** The engine on contacts that carry only text: classify, then decide. @return the recommendation */
  @Benchmark
  public Recommendation engineFromText() {
    Workload.Input in = textInputs.get(next);
    next = (next + 1) & 1023;
    return engine.recommend(in.plan(), in.history(), in.contact());
  }
}
