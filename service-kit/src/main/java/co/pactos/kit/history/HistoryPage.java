package co.pactos.kit.history;

import java.util.List;

/**
 * A page of a resource's history: its path, its title on the Spanish page, the events after {@code after}, and
 * {@code nextAfter}, the sequence to read the next page from (null when this page holds the last event).
 */
public record HistoryPage(String path, String title, List<HistoryEntry> entries, Long nextAfter, int limit) {
}
