package be.duaalatlas.portal;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;

import be.duaalatlas.graphql.PageRequest;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The journal of accepted writes as other modules follow it (the webhooks): by its global
 * number, oldest first, each entry as {@code changes} shows it plus what a subscription
 * filters on. {@link Appended} is published after every append, so a follower need not
 * poll the engine to hear of a write on this instance.
 */
@NamedInterface("feed")
@Component
public class JournalFeed {

	private final WriteJournal journal;

	JournalFeed(WriteJournal journal) {
		this.journal = journal;
	}

	/**
	 * One accepted write.
	 *
	 * @param indexKind the index kind of the record ({@code workplaces})
	 * @param recordKey the record's id in its index
	 * @param organisation the organisation whose write it was
	 */
	@NamedInterface("feed")
	public record Entry(long sequence, String indexKind, String recordKey, String organisation, Change change) {
	}

	/** Published after an accepted write is in the journal. */
	@NamedInterface("feed")
	public record Appended(long sequence) {
	}

	/** Up to {@code size} entries after {@code sequence}, in journal order. */
	public List<Entry> after(long sequence, int size) throws IOException {
		PageRequest page = new PageRequest(size, List.of(FieldValue.of(sequence)));
		List<Hit<JournalEntry>> hits = journal.after(page, java.util.Set.of()).hits().hits();
		return hits.stream()
			.limit(size)
			.map(Hit::source)
			.map(e -> new Entry(e.sequence(), e.kind(), e.recordId(), e.organisation(), Change.of(e)))
			.toList();
	}

	/** The highest number taken so far (0: none): where a new follower starts. */
	public long last() throws IOException {
		return journal.lastSequence();
	}

}
