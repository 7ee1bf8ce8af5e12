/**
 * Character-precise text alignment of two documents: where one reuses passages of the other, as
 * spans of both. Sentences compared by tf-idf cosine and Dice seed the alignment, nearby seeds are
 * clustered into passages on both sides with a gap chosen per document pair (strict for copies,
 * loose for summaries), and each passage is cut at its first and last matching words.
 */
package org.newsmerge.align.passage;
