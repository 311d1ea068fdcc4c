package org.exhibit.check;

import java.util.List;

/**
 * A statement table as the checks see it.
 *
 * @param kind the statement it holds ("income", "balance", "fds" ...)
 * @param scope what it covers ("consolidated", "parent", "segment" ...)
 * @param title its title lines
 * @param line 1-based line where it starts
 * @param items its rows, top to bottom
 */
public record TableFacts(String kind, String scope, String title, int line, List<LineItem> items) {
}
