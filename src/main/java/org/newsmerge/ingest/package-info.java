/**
 * Reads news articles from text, Markdown, JSON, JSONL, HTML and ZIP inputs into {@link
 * org.newsmerge.model.Article}s whose text is split into classified blocks (title, byline, credit,
 * caption, subhead, wire and site furniture, narrative ...). Every input that cannot be read
 * becomes a {@link org.newsmerge.model.Rejected} value with its path and a reason, and the run goes
 * on.
 */
package org.newsmerge.ingest;
