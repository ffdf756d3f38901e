package io.github.plandiff.testing;

import io.github.plandiff.model.Clause;
import io.github.plandiff.model.Draft;
import io.github.plandiff.model.Relation;
import io.github.plandiff.testing.DraftGenerator.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** One revision of a draft with its truth; see {@link DraftGenerator#revise}. */
final class Reviser {

  private final DraftGenerator gen;
  private final SplittableRandom random;
  private final DraftGenerator.Rates rates;
  private final Draft old;
  private final List<TruthRow> removed = new ArrayList<>();
  private final List<TruthRow> childRows = new ArrayList<>();

  Reviser(DraftGenerator gen, Draft old) {
    this.gen = gen;
    this.random = gen.random();
    this.rates = gen.rates();
    this.old = old;
  }

  DraftGenerator.Revision revise() {
    List<Clause> olds = old.clauses();
    int n = olds.size();
    boolean[] consumed = new boolean[n];
    List<Item> seq = new ArrayList<>();
    List<Item> distant = new ArrayList<>();
    List<Item> keptWithChildren = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (consumed[i]) {
        continue;
      }
      Clause c = olds.get(i);
      double r = random.nextDouble();
      boolean plain = c.children().isEmpty();
      if (r < rates.remove()) {
        removed.add(new TruthRow(Relation.REMOVED, List.of(c.id()), List.of(), false));
        for (Clause child : c.children()) {
          childRows.add(new TruthRow(Relation.REMOVED, List.of(child.id()), List.of(), false));
        }
        continue;
      }
      r -= rates.remove();
      if (r < rates.merge() && plain) {
        int p = partner(olds, consumed, i);
        if (p >= 0) {
          consumed[p] = true;
          String text = gen.reword(c.text(), 0.05) + " " + gen.reword(olds.get(p).text(), 0.05);
          seq.add(new Item(List.of(c.id(), olds.get(p).id()), text));
          continue;
        }
      }
      r -= rates.merge();
      String[] sentences = c.text().split("(?<=\\.) ");
      if (r < rates.split() && plain && sentences.length >= 2) {
        split(c, sentences, seq, distant);
        continue;
      }
      Item item =
          new Item(
              List.of(c.id()),
              random.nextDouble() < rates.reword() ? gen.edit(c.text()) : c.text());
      for (Clause child : c.children()) {
        Item kid = new Item(List.of(child.id()), child.text());
        item.children.add(kid);
      }
      if (!item.children.isEmpty()) {
        keptWithChildren.add(item);
      }
      seq.add(item);
    }
    move(seq);
    for (Item part : distant) {
      int first = firstPartIndex(seq, part.split);
      int lo = Math.min(seq.size(), first + 3);
      seq.add(lo + random.nextInt(seq.size() - lo + 1), part);
    }
    add(seq, n);
    editChildren(keptWithChildren);
    Draft next = DraftGenerator.build("revised", seq);
    return new DraftGenerator.Revision(old, next, truth(seq, next), childTruth(seq));
  }

  private int partner(List<Clause> olds, boolean[] consumed, int i) {
    int p = random.nextBoolean() ? i + 1 : i + 3 + random.nextInt(12);
    if (p < olds.size() && !consumed[p] && olds.get(p).children().isEmpty()) {
      return p;
    }
    return -1;
  }

  private void split(Clause c, String[] sentences, List<Item> seq, List<Item> distant) {
    int parts = Math.min(sentences.length, 2 + random.nextInt(2));
    Object key = new Object();
    int per = sentences.length / parts;
    boolean far = random.nextBoolean();
    for (int p = 0; p < parts; p++) {
      int from = p * per;
      int to = p == parts - 1 ? sentences.length : from + per;
      String text = String.join(" ", java.util.Arrays.copyOfRange(sentences, from, to));
      Item part = new Item(List.of(c.id()), gen.reword(text, 0.05));
      part.split = key;
      if (p > 0 && far) {
        distant.add(part);
      } else {
        seq.add(part);
      }
    }
  }

  private void move(List<Item> seq) {
    int count = 0;
    for (Item it : seq) {
      if (it.from.size() == 1 && it.split == null && random.nextDouble() < rates.move()) {
        it.moved = true;
        count++;
      }
    }
    for (int k = 0; k < count; k++) {
      int at = -1;
      for (int q = 0; q < seq.size(); q++) {
        Item it = seq.get(q);
        if (it.moved && it.id == null) {
          at = q;
          break;
        }
      }
      if (at < 0 || seq.size() < 8) {
        break;
      }
      Item it = seq.remove(at);
      it.id = "";
      int to;
      do {
        to = random.nextInt(seq.size() + 1);
      } while (Math.abs(to - at) < 3);
      seq.add(to, it);
    }
    for (Item it : seq) {
      if (it.moved && it.id == null) {
        it.moved = false;
      }
      it.id = null;
    }
  }

  private void add(List<Item> seq, int n) {
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (random.nextDouble() < rates.add()) {
        count++;
      }
    }
    for (int k = 0; k < count; k++) {
      seq.add(random.nextInt(seq.size() + 1), gen.freshItem(true));
    }
  }

  private void editChildren(List<Item> parents) {
    List<Item> pool = new ArrayList<>();
    for (Item parent : parents) {
      List<Item> keep = new ArrayList<>();
      for (Item kid : parent.children) {
        double r = random.nextDouble();
        if (r < 0.08) {
          childRows.add(new TruthRow(Relation.REMOVED, kid.from, List.of(), false));
        } else if (r < 0.13 && parents.size() > 1) {
          kid.crossParent = true;
          pool.add(kid);
        } else {
          if (random.nextDouble() < 0.5) {
            kid.text = gen.edit(kid.text);
          }
          keep.add(kid);
        }
      }
      if (random.nextDouble() < 0.15) {
        keep.add(random.nextInt(keep.size() + 1), new Item(null, gen.paragraph(1)));
      }
      parent.children.clear();
      parent.children.addAll(keep);
    }
    for (Item kid : pool) {
      Item to = parents.get(random.nextInt(parents.size()));
      if (random.nextDouble() < 0.3) {
        kid.text = gen.reword(kid.text, 0.1);
      }
      to.children.add(random.nextInt(to.children.size() + 1), kid);
    }
  }

  private static int firstPartIndex(List<Item> seq, Object key) {
    for (int q = 0; q < seq.size(); q++) {
      if (seq.get(q).split == key) {
        return q;
      }
    }
    return seq.size();
  }

  private List<TruthRow> truth(List<Item> seq, Draft next) {
    Map<String, Clause> oldById = new HashMap<>();
    for (Clause c : old.clauses()) {
      oldById.put(c.id(), c);
    }
    Map<Object, List<Item>> splits = new LinkedHashMap<>();
    for (Item it : seq) {
      if (it.split != null) {
        splits.computeIfAbsent(it.split, k -> new ArrayList<>()).add(it);
      }
    }
    List<TruthRow> rows = new ArrayList<>();
    for (int k = 0; k < seq.size(); k++) {
      Item it = seq.get(k);
      if (it.from.isEmpty()) {
        rows.add(new TruthRow(Relation.ADDED, List.of(), List.of(it.id), false));
        for (Item kid : it.children) {
          childRows.add(new TruthRow(Relation.ADDED, List.of(), List.of(kid.id), false));
        }
      } else if (it.split != null) {
        List<Item> parts = splits.get(it.split);
        if (parts.get(0) == it) {
          List<String> ids = new ArrayList<>();
          parts.stream()
              .sorted((a, b) -> Integer.compare(Integer.parseInt(a.id), Integer.parseInt(b.id)))
              .forEach(p -> ids.add(p.id));
          rows.add(new TruthRow(Relation.SPLIT, it.from, ids, false));
        }
      } else if (it.from.size() > 1) {
        rows.add(new TruthRow(Relation.MERGED, it.from, List.of(it.id), false));
      } else {
        String oldText = oldById.get(it.from.get(0)).fullText();
        String newText = next.clauses().get(k).fullText();
        rows.add(
            new TruthRow(
                DraftGenerator.oneToOne(oldText, newText), it.from, List.of(it.id), it.moved));
      }
    }
    rows.addAll(removed);
    return rows;
  }

  private List<TruthRow> childTruth(List<Item> seq) {
    Map<String, Clause> oldKids = new HashMap<>();
    for (Clause c : old.clauses()) {
      for (Clause k : c.children()) {
        oldKids.put(k.id(), k);
      }
    }
    List<TruthRow> rows = new ArrayList<>(childRows);
    for (Item it : seq) {
      if (it.from.isEmpty()) {
        continue;
      }
      for (Item kid : it.children) {
        if (kid.from.isEmpty()) {
          rows.add(new TruthRow(Relation.ADDED, List.of(), List.of(kid.id), false));
        } else {
          rows.add(
              new TruthRow(
                  DraftGenerator.oneToOne(oldKids.get(kid.from.get(0)).fullText(), kid.text),
                  kid.from,
                  List.of(kid.id),
                  kid.crossParent));
        }
      }
    }
    return rows;
  }
}
