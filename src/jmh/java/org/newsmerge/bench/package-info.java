/**
 * JMH benchmarks of the hot stages ({@link org.newsmerge.bench.StageBenchmarks}), the signing stage
 * beside java-lsh and Lucene on identical shingle sets ({@link
 * org.newsmerge.bench.SigningComparison}), and the estimate error of the three ({@link
 * org.newsmerge.bench.EstimateError}). Compiled only with {@code -Pbench}; see BENCHMARKS.md.
 */
package org.newsmerge.bench;
