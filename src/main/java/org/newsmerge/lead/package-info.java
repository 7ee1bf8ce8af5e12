/**
 * The stage after merging: condenses a brief so that an editor reads a story of fifty articles in
 * two minutes. It links the units that state one fact in other words (and finds those that state it
 * with other values: discrepancies across outlets), orders the narrative family by family, and
 * chooses the lead: the facts most outlets reported, each said once. Fed only by what merging
 * knows: units, their sources and the story's families.
 */
package org.newsmerge.lead;
