/**
 * Merging one story's articles into a brief: sentence units built from verified duplicates without
 * chaining weak matches, units ordered by majority precedence across sources, a representative
 * wording chosen per unit, variants diffed, and discrepancies flagged.
 */
package org.newsmerge.merge;
