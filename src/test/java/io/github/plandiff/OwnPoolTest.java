package io.github.plandiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plandiff.model.DraftReadException;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OwnPoolTest {

  @Test
  void longWorkRunsInAPoolOfItsOwnAndGivesItsResult() {
    int sum = OwnPool.run(true, () -> IntStream.range(0, 10_000).parallel().sum());
    assertThat(sum).isEqualTo(49_995_000);
    assertThat(OwnPool.run(true, () -> Thread.currentThread() instanceof ForkJoinWorkerThread))
        .isTrue();
  }

  @Test
  void shortWorkRunsOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    assertThat(OwnPool.run(false, Thread::currentThread)).isSameAs(caller);
  }

  @Test
  void anErrorOfTheWorkReachesTheCallerAsItWasThrown() {
    assertThatThrownBy(
            () ->
                OwnPool.run(
                    true,
                    () -> {
                      throw new DraftReadException("old.txt", "not a draft");
                    }))
        .isExactlyInstanceOf(DraftReadException.class)
        .hasMessage("old.txt: not a draft");
  }
}
