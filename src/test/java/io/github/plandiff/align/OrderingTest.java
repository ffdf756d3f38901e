package io.github.plandiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderingTest {

  /**
   * The order by the definition: each removed clause after the nearest earlier kept one's match.
   */
  private static List<Integer> byDefinition(List<Ordering.Place> places, int oldCount) {
    int[] holder = new int[oldCount];
    Arrays.fill(holder, -1);
    List<Integer> placed = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    for (int k = 0; k < places.size(); k++) {
      if (places.get(k).news().isEmpty()) {
        removed.add(k);
      } else {
        placed.add(k);
        for (int o : places.get(k).olds()) {
          holder[o] = k;
        }
      }
    }
    placed.sort((a, b) -> places.get(a).news().get(0) - places.get(b).news().get(0));
    removed.sort((a, b) -> places.get(a).olds().get(0) - places.get(b).olds().get(0));
    List<Integer> out = new ArrayList<>();
    List<Integer> pending = new ArrayList<>(removed);
    for (int r : removed) {
      int anchor = -1;
      for (int o = places.get(r).olds().get(0) - 1; o >= 0 && anchor < 0; o--) {
        anchor = holder[o];
      }
      if (anchor < 0) {
        out.add(r);
        pending.remove(Integer.valueOf(r));
      }
    }
    for (int k : placed) {
      out.add(k);
      for (int r : removed) {
        int anchor = -1;
        for (int o = places.get(r).olds().get(0) - 1; o >= 0 && anchor < 0; o--) {
          anchor = holder[o];
        }
        if (anchor == k) {
          out.add(r);
        }
      }
    }
    return out;
  }

  @Test
  void removedClausesFollowTheirNearestSurvivingPredecessorOnRandomAlignments() {
    Random random = new Random(16);
    for (int round = 0; round < 300; round++) {
      int oldCount = 1 + random.nextInt(40);
      List<Integer> olds = new ArrayList<>();
      for (int o = 0; o < oldCount; o++) {
        olds.add(o);
      }
      java.util.Collections.shuffle(olds, random);
      List<Ordering.Place> places = new ArrayList<>();
      int news = 0;
      for (int o : olds) {
        boolean kept = random.nextInt(4) != 0;
        places.add(new Ordering.Place(List.of(o), kept ? List.of(news++) : List.of()));
      }
      for (int extra = random.nextInt(4); extra > 0; extra--) {
        places.add(new Ordering.Place(List.of(), List.of(news++)));
      }
      assertThat(Ordering.order(places, oldCount)).isEqualTo(byDefinition(places, oldCount));
    }
  }

  @Test
  void manyRemovedClausesAfterFewMatchesKeepTheirOldOrder() {
    int oldCount = 50_000;
    List<Ordering.Place> places = new ArrayList<>();
    places.add(new Ordering.Place(List.of(0), List.of(0)));
    for (int o = oldCount - 1; o > 0; o--) {
      places.add(new Ordering.Place(List.of(o), List.of()));
    }
    List<Integer> order = Ordering.order(places, oldCount);
    assertThat(order).hasSize(oldCount);
    assertThat(order.get(0)).isZero();
    assertThat(order.get(1)).isEqualTo(oldCount - 1);
    assertThat(order.get(oldCount - 1)).isEqualTo(1);
  }
}
