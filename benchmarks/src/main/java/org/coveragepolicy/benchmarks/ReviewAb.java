package org.coveragepolicy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;

/**
 * A paired comparison of two builds' review time in one JVM, as a program: each build's {@code
 * benchmarks.jar} in a class loader of its own, the two reviewing the example cases in turn for one
 * second each, round after round, so that both meet the same machine at the same moment. Usage:
 * {@code ReviewAb ROUNDS JAR_A JAR_B} (with {@code -Dcoveragepolicy.examples=DIR}).
 *
 * <p>Why: on a shared machine the host moves every program's speed by phases of several seconds (a
 * review takes about 2.7 µs in a quiet phase and about 4.2 µs in a busy one), and which phases a
 * JMH fork meets decides its figure. Round by round, the ratio B/A holds still through the phases.
 * Each round first times a fixed reference workload (sorting the same 20,000 numbers), so that the
 * output shows which phase the round met. The ratio still moves by a few per cent from one JVM to
 * the next with the JIT's choices: {@code benchmarks/review-ab.sh} runs several JVMs.
 *
 * <p>A jar is a build's {@code benchmarks/target/benchmarks.jar}; it must hold {@link
 * MixedReviewBenchmark} (with {@code load()} and {@code review()}). A build older than {@link
 * ReviewLoop} gets this build's loop, defined in its class loader.
 */
public final class ReviewAb {
  private static final long SECOND = 1_000_000_000L;
  private static final String LOOP = ReviewLoop.class.getName();
  private static long sink; // the reference workload's results, so that it is not optimized away

  private ReviewAb() {}

  /**
   * Prints one line per round and, at the end, the median ratio of B's time to A's.
   *
   * @param args the number of rounds (the first third is the JIT's warm-up, not counted), the jar
   *     of build A and the jar of build B
   * @throws Exception if a jar cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ReviewAb ROUNDS JAR_A JAR_B");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    LongUnaryOperator a = loop(Path.of(args[1]));
    LongUnaryOperator b = loop(Path.of(args[2]));
    int warmup = rounds / 3;
    List<double[]> counted = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double reference = referenceMicros();
      // the order alternates, so that neither build always runs just after the reference
      double ta;
      double tb;
      if (r % 2 == 0) {
        ta = micros(a);
        tb = micros(b);
      } else {
        tb = micros(b);
        ta = micros(a);
      }
      System.out.printf(
          Locale.ROOT, "round %3d: reference %7.1f us, A %.3f us, B %.3f us, B/A %.3f%s%n",
          r, reference, ta, tb, tb / ta, r < warmup ? " (warm-up)" : "");
      if (r >= warmup) {
        counted.add(new double[] {reference, ta, tb});
      }
    }
    System.out.println(summary(counted));
  }

  /**
   * Returns the summary line of the counted rounds: the median and quartiles of B/A, the median
   * times, and the median B/A over the quiet rounds (reference within 10% of its fastest).
   *
   * @param rounds each round's reference time, A's time and B's time
   * @return the summary
   */
  static String summary(List<double[]> rounds) {
    if (rounds.isEmpty()) {
      return "no rounds counted";
    }
    double fastest = Double.MAX_VALUE;
    for (double[] r : rounds) {
      fastest = Math.min(fastest, r[0]);
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> quiet = new ArrayList<>();
    List<Double> as = new ArrayList<>();
    List<Double> bs = new ArrayList<>();
    for (double[] r : rounds) {
      ratios.add(r[2] / r[1]);
      as.add(r[1]);
      bs.add(r[2]);
      if (r[0] <= fastest * 1.10) {
        quiet.add(r[2] / r[1]);
      }
    }
    return String.format(
        Locale.ROOT,
        "B/A median %.3f (quartiles %.3f-%.3f) over %d rounds; A %.3f us, B %.3f us (medians);"
            + " quiet rounds: %d, B/A median %.3f",
        quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75), ratios.size(),
        quantile(as, 0.5), quantile(bs, 0.5), quiet.size(), quantile(quiet, 0.5));
  }

  /**
   * Returns a quantile of the values: the one at rank {@code q * (n - 1)}, interpolated.
   *
   * @param values the values, at least one
   * @param q the quantile, 0 to 1
   * @return the quantile
   */
  static double quantile(List<Double> values, double q) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double rank = q * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = Math.min(low + 1, sorted.length - 1);
    return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
  }

  private static double micros(LongUnaryOperator loop) {
    long start = System.nanoTime();
    long reviews = loop.applyAsLong(SECOND);
    return (System.nanoTime() - start) / 1e3 / reviews;
  }

  /** The reference workload: sorting the same 20,000 pseudo-random numbers for 200 ms. */
  private static double referenceMicros() {
    int[] numbers = new int[20_000];
    long seed = 42;
    for (int i = 0; i < numbers.length; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      numbers[i] = (int) (seed >>> 33);
    }
    int sorts = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < SECOND / 5) {
      int[] copy = numbers.clone();
      Arrays.sort(copy);
      sink += copy[sorts % copy.length];
      sorts++;
    }
    return (System.nanoTime() - start) / 1e3 / sorts;
  }

  private static LongUnaryOperator loop(Path jar) throws ReflectiveOperationException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("not a file: " + jar);
    }
    ClassLoader loader = new BuildLoader(jar);
    return (LongUnaryOperator) loader.loadClass(LOOP).getConstructor().newInstance();
  }

  /** A class loader over one build's jar that lends the build this build's loop if it has none. */
  private static final class BuildLoader extends URLClassLoader {
    BuildLoader(Path jar) {
      super(new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      try {
        return super.findClass(name);
      } catch (ClassNotFoundException e) {
        if (!name.equals(LOOP)) {
          throw e;
        }
        String resource = "/" + LOOP.replace('.', '/') + ".class";
        try (InputStream in = ReviewAb.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw e;
          }
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
      }
    }

    private static URL url(Path jar) {
      try {
        return jar.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("not a jar path: " + jar, e);
      }
    }
  }
}
