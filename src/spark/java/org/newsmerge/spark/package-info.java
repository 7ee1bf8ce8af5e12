/**
 * The batch run on Apache Spark, for archives larger than one machine holds: the same stages as
 * {@link org.newsmerge.batch.BatchRun}, each a Spark transformation calling the project's own
 * classes (reading, link sketches, story rules, merging, the index and manifest), so that both give
 * the same stories and the same bytes. Built only with {@code -Pspark}, into {@code
 * target/newsmerge-spark.jar}.
 */
package org.newsmerge.spark;
