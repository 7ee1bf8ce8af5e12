/**
 * From sketches to verified overlaps: candidate pairs from the LSH index (near-duplicates) and from
 * shared word anchors (long quoted fragments), each verified exactly on its shingle sets, aligned
 * one-to-one per pair of articles, chained into passages, and diffed word by word.
 */
package org.newsmerge.align;
