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
 * their word diffs against it, and the discrepancies among them.
 */
public record Unit(
    List<Member> members,
    Member representative,
    List<Variant> variants,
    List<Discrepancy> discrepancies) {

  public Unit {
    members = List.copyOf(members);
    Objects.requireNonNull(representative, "representative");
    if (!members.contains(representative)) {
      throw new IllegalArgumentException("the representative must be one of the members");
    }
    variants = List.copyOf(variants);
    discrepancies = List.copyOf(discrepancies);
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
