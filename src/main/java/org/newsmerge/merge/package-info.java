/**
 * Merging one story's articles into a brief: sentence units built from verified duplicates without
 * chaining weak matches, units ordered by majority precedence across sources, a representative
 * wording chosen per unit (the one whose values most sources carry, then the earliest), variants
 * diffed, and conflicts between wordings (numbers read as values, negation, quotes, names) gathered
 * one per place with the sources of each value.
 */
package org.newsmerge.merge;
