/**
 * Records passed between the pipeline stages: articles as read, their sentences, rejected inputs,
 * and the overlaps found between sentences. Records check their arguments and copy their lists;
 * none of them holds behaviour beyond small derived values, and {@link org.newsmerge.model.Dates}
 * reads the one field every stage orders by, an article's date. What a batch run ships between
 * machines (articles, their blocks, references, stories, rejections) is {@link
 * java.io.Serializable}.
 */
package org.newsmerge.model;
