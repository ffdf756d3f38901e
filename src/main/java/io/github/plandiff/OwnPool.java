package io.github.plandiff;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the stages after alignment of a long comparison on a fork-join pool of its own, one worker
 * per processor. Their parallel streams then run in that pool, where every worker can take any part
 * of the work: in the common pool the calling thread helps only with the stream it waits on, so it
 * stood idle while a worker split a long clause's sentences alone. The pool ends with the work.
 */
final class OwnPool {

  private OwnPool() {}

  /** Made when first used. */
  private static final class Holder {
    static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Gives {@code work}'s result, computed in the pool when {@code parallel} (and the caller is not
   * already a pool's worker), else on the calling thread.
   */
  static <T> T run(boolean parallel, Supplier<T> work) {
    if (!parallel || Thread.currentThread() instanceof ForkJoinWorkerThread) {
      return work.get();
    }
    try {
      Future<T> result = Holder.POOL.submit(work::get);
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while comparing", e);
    }
  }
}
