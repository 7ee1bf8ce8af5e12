package org.newsmerge.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsmerge.model.DiffChunk;
import org.newsmerge.model.Sentence;

/**
 * One sentence of the brief: the sentences of all sources that say it ({@code members}, in source
 * order), the one shown ({@code representative}, copied from a source), the other wordings with
 * their word diffs against it, the discrepancies each wording has with the shown one, the same
 * gathered into one {@link Conflict} per place where the wordings disagree, and the source that
 * published the sentence first where the dates tell ({@code firstSource}, empty otherwise).
 */
public record Unit(
    List<Member> members,
    Member representative,
    List<Variant> variants,
    List<Discrepancy> discrepancies,
    List<Conflict> conflicts,
    String firstSource,
    String firstDate) {

  public Unit {
    members = List.copyOf(members);
    Objects.requireNonNull(representative, "representative");
    if (!members.contains(representative)) {
      throw new IllegalArgumentException("the representative must be one of the members");
    }
    variants = List.copyOf(variants);
    discrepancies = List.copyOf(discrepancies);
    conflicts = List.copyOf(conflicts);
    firstSource = Objects.requireNonNullElse(firstSource, "");
    firstDate = Objects.requireNonNullElse(firstDate, "");
  }

  /** A unit without conflicts or provenance (tests and baselines). */
  public Unit(List<Member> members, Member representative, List<Variant> variants) {
    this(members, representative, variants, List.of(), List.of(), "", "");
  }

  /**
   * One place where the wordings of the unit disagree: every value written there, the shown
   * wording's first, each with all the sources that carry it.
   */
  public record Conflict(Discrepancy.Kind kind, List<Value> values) {
    public Conflict {
      Objects.requireNonNull(kind, "kind");
      values = List.copyOf(values);
      if (values.size() < 2) {
        throw new IllegalArgumentException("a conflict needs two values, got " + values.size());
      }
    }
  }

  /** A value as one or more sources wrote it (original text of the first of them). */
  public record Value(String text, List<String> sources) {
    public Value {
      Objects.requireNonNull(text, "text");
      sources = List.copyOf(sources);
    }
  }

  /** A source sentence in a unit. */
  public record Member(Sentence sentence) {
    public String source() {
      return sentence.articleId();
    }
  }

  /** Another wording of the unit, by one source, and its diff against the representative. */
  public record Variant(Member member, List<DiffChunk> diff) {
    public Variant {
      diff = List.copyOf(diff);
    }
  }

  /** A difference that changes a fact: a number, a name, a negation or quoted words. */
  public record Discrepancy(Kind kind, String representative, String variant, String source) {
    /** What kind of fact differs. */
    public enum Kind {
      NUMBER,
      NAME,
      NEGATION,
      QUOTE;

      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  /** The shown text: the representative's original sentence. */
  public String text() {
    return representative.sentence().text();
  }

  /** Source ids that carry this unit, each once, in member order. */
  public List<String> sources() {
    Set<String> ids = new LinkedHashSet<>();
    for (Member m : members) ids.add(m.source());
    return new ArrayList<>(ids);
  }
}
