package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plandiff.render.JsonRenderer;
import io.github.plandiff.testing.InvariantGenerator;
import io.github.plandiff.testing.InvariantGenerator.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** {@link PlanDiff} holds no mutable shared state: concurrent comparisons give sequential bytes. */
class ThreadSafetyTest {

  private static final int COMPARISONS = 1_000;
  private static final int THREADS = 8;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void thousandComparisonsOnEightThreadsGiveTheSequentialBytes() throws Exception {
    // Forty distinct small pairs, each compared many times, so that threads meet on one input.
    List<Case> small = new ArrayList<>();
    for (long seed = 0; small.size() < 40; seed++) {
      Case c = InvariantGenerator.pair(seed);
      if (c.oldDraft().text().length() + c.newDraft().text().length() < 400) {
        small.add(c);
      }
    }
    List<Case> cases = new ArrayList<>();
    for (int k = 0; k < COMPARISONS; k++) {
      cases.add(small.get(k % small.size()));
    }
    List<String> sequential = new ArrayList<>();
    for (Case c : cases) {
      sequential.add(render(c));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (Case c : cases) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return render(c);
                }));
      }
      start.countDown();
      for (int k = 0; k < COMPARISONS; k++) {
        assertThat(futures.get(k).get(60, TimeUnit.SECONDS))
            .as("comparison %d", k)
            .isEqualTo(sequential.get(k));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String render(Case c) {
    return new JsonRenderer()
        .render(PlanDiff.compareTexts(c.oldDraft().text(), c.newDraft().text()));
  }
}
