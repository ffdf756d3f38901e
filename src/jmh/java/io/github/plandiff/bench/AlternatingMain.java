package io.github.plandiff.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of plandiff in one JVM, round after round in turn, on the same drafts: {@code
 * AlternatingMain OLD NEW ROUNDS CLASSPATH_A CLASSPATH_B [--no-semantic]}. Each class path holds
 * one build's classes, the benchmark classes ({@code BenchAccess}) and the dependencies; each build
 * is loaded by its own class loader. A round of each reads and parses both drafts, aligns, runs the
 * stages after alignment and writes the JSON to a writer that only counts characters, as {@link
 * WarmMain} does, and prints each stage's wall time and CPU time of the JVM's live threads. The
 * order within a round alternates (A then B, B then A), so that both builds meet the same load of a
 * shared machine: compare them round by round.
 */
public final class AlternatingMain {

  private AlternatingMain() {}

  /** One build's entry points, found by reflection in its own class loader. */
  private static final class Build {
    final String name;
    final Object options;
    final Method parse;
    final Method aligner;
    final Method align;
    final Method after;
    final Method render;
    final Object renderer;

    Build(String name, String classPath, boolean semantic) throws ReflectiveOperationException {
      this.name = name;
      ClassLoader loader = loader(classPath);
      Class<?> opts = loader.loadClass("io.github.plandiff.CompareOptions");
      Class<?> draft = loader.loadClass("io.github.plandiff.model.Draft");
      Object o = opts.getMethod("defaults").invoke(null);
      if (!semantic) {
        Object builder = opts.getMethod("toBuilder").invoke(o);
        Class<?> kind = loader.loadClass("io.github.plandiff.CompareOptions$Semantic");
        builder
            .getClass()
            .getMethod("semantic", kind)
            .invoke(builder, kind.getField("OFF").get(null));
        o = builder.getClass().getMethod("build").invoke(builder);
      }
      options = o;
      parse = loader.loadClass("io.github.plandiff.PlanDiff").getMethod("parse", Path.class, opts);
      aligner = opts.getMethod("newAligner");
      align = aligner.getReturnType().getMethod("align", draft, draft);
      Class<?> alignment = loader.loadClass("io.github.plandiff.model.Alignment");
      after =
          loader
              .loadClass("io.github.plandiff.BenchAccess")
              .getMethod("compareAligned", draft, draft, alignment);
      Class<?> json = loader.loadClass("io.github.plandiff.render.JsonRenderer");
      Class<?> comparison = loader.loadClass("io.github.plandiff.model.Comparison");
      render = json.getMethod("render", comparison, Writer.class);
      renderer = json.getConstructor().newInstance();
    }

    private static ClassLoader loader(String classPath) {
      List<URL> urls = new ArrayList<>();
      for (String part : classPath.split(":")) {
        if (!part.isEmpty()) {
          try {
            urls.add(Path.of(part).toUri().toURL());
          } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(part, e);
          }
        }
      }
      return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }
  }

  /**
   * Runs the rounds.
   *
   * @param args OLD NEW ROUNDS CLASSPATH_A CLASSPATH_B [--no-semantic]
   * @throws Exception if a build cannot be loaded or fails
   */
  public static void main(String[] args) throws Exception {
    Path oldFile = Path.of(args[0]);
    Path newFile = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    boolean semantic = !(args.length > 5 && args[5].equals("--no-semantic"));
    Build[] builds = {new Build("A", args[3], semantic), new Build("B", args[4], semantic)};
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < 2; i++) {
        round(builds[r % 2 == 0 ? i : 1 - i], r + 1, oldFile, newFile);
      }
    }
  }

  private static void round(Build b, int round, Path oldFile, Path newFile) throws Exception {
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    long[] wall = new long[5];
    long[] cpu = new long[5];
    mark(wall, cpu, 0);
    Object oldDraft = b.parse.invoke(null, oldFile, b.options);
    Object newDraft = b.parse.invoke(null, newFile, b.options);
    mark(wall, cpu, 1);
    Object alignment = b.align.invoke(b.aligner.invoke(b.options), oldDraft, newDraft);
    mark(wall, cpu, 2);
    Object comparison = b.after.invoke(null, oldDraft, newDraft, alignment);
    mark(wall, cpu, 3);
    Counting out = new Counting();
    b.render.invoke(b.renderer, comparison, out);
    mark(wall, cpu, 4);
    System.out.printf(
        Locale.ROOT,
        "%s round %d load %s: wall parse %d align %d after %d json %d total %d"
            + " | threads' cpu parse %d align %d after %d json %d total %d | %d chars%n",
        b.name,
        round,
        load,
        ms(wall[1] - wall[0]),
        ms(wall[2] - wall[1]),
        ms(wall[3] - wall[2]),
        ms(wall[4] - wall[3]),
        ms(wall[4] - wall[0]),
        ms(cpu[1] - cpu[0]),
        ms(cpu[2] - cpu[1]),
        ms(cpu[3] - cpu[2]),
        ms(cpu[4] - cpu[3]),
        ms(cpu[4] - cpu[0]),
        out.count);
  }

  private static void mark(long[] wall, long[] cpu, int at) {
    cpu[at] = threadsCpu();
    wall[at] = System.nanoTime();
  }

  /** The CPU time of the JVM's live Java threads, as {@link WarmMain} counts it. */
  private static long threadsCpu() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : threads.getAllThreadIds()) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** A writer that counts what it is given. */
  private static final class Counting extends Writer {
    long count;

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      count += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
