package org.exhibit.concept;

import java.util.List;
import org.exhibit.parse.Document;

/**
 * What one document reads as: the document with every diagnostic of its reading (the parser's, and the values the
 * guards turned away), and the facts kept.
 */
public record Reading(Document document, List<Fact> facts) {
}
