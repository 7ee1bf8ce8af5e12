/**
 * Measuring quality with definitions independent of the tool's internals: the brief metrics of the
 * project's evaluation notes (coverage, redundancy, attribution, order agreement, compression) and
 * detection precision and recall on a graded reuse corpus, and discrepancy precision and recall per
 * kind on variant pairs labelled by reading; and how a batch run's families hold the reprints of a
 * reference built from shared rare character 25-grams.
 */
package org.newsmerge.eval;
