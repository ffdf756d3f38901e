package io.github.plandiff.bench;

import io.github.plandiff.BenchAccess;
import io.github.plandiff.PlanDiff;
import io.github.plandiff.model.Alignment;
import io.github.plandiff.model.Comparison;
import io.github.plandiff.model.Draft;
import io.github.plandiff.render.JsonRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The command line's {@code compare -f json -o FILE} with the linear {@link SequentialAligner} in
 * place of the real aligner: {@code PipelineMain OLD NEW OUT [--stages]}. With {@code --stages} it
 * prints each stage's wall time on standard error. For the whole-process comparison script.
 */
public final class PipelineMain {

  private PipelineMain() {}

  /**
   * Runs the pipeline once.
   *
   * @param args OLD NEW OUT [--stages]
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    boolean stages = args.length > 3 && args[3].equals("--stages");
    long t0 = System.nanoTime();
    Draft oldDraft = PlanDiff.parse(Path.of(args[0]));
    Draft newDraft = PlanDiff.parse(Path.of(args[1]));
    long t1 = System.nanoTime();
    Alignment alignment = SequentialAligner.align(oldDraft, newDraft);
    long t2 = System.nanoTime();
    Comparison comparison = BenchAccess.compareAligned(oldDraft, newDraft, alignment);
    long t3 = System.nanoTime();
    String json = new JsonRenderer().render(comparison);
    long t4 = System.nanoTime();
    Files.writeString(Path.of(args[2]), json, StandardCharsets.UTF_8);
    long t5 = System.nanoTime();
    if (stages) {
      System.err.printf(
          Locale.ROOT,
          "read+parse %d ms, align %d ms, redline %d ms, render %d ms,"
              + " write %d ms; %d clauses%n",
          ms(t1 - t0),
          ms(t2 - t1),
          ms(t3 - t2),
          ms(t4 - t3),
          ms(t5 - t4),
          oldDraft.clauses().size());
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
