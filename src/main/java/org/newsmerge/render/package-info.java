/**
 * Writers of what the tool produces: the overlap report (text and JSON) and the merged brief
 * (Markdown, HTML and JSON). Writers only format; every displayed string is original article text,
 * escaped for its format.
 */
package org.newsmerge.render;
