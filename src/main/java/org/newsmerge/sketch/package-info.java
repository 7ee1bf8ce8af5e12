/**
 * Sketches of text for fast candidate search: shingles hashed to 64-bit values with fixed seeds,
 * one-permutation MinHash signatures with densification, and a banded LSH index whose bands and
 * rows are derived from the similarity threshold. Everything here works on primitive arrays;
 * nothing is boxed per shingle.
 */
package org.newsmerge.sketch;
