package be.duaalatlas.stakeholder;

import java.util.List;
import java.util.Optional;

import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.search.Documents;

import org.springframework.stereotype.Component;

/**
 * Where the stakeholder feature reads its records: one by id, or the whole role map,
 * which is small and read often, so it is held in memory per catalogue generation.
 */
@Component
class Stakeholders {

	private final Documents documents;

	private final Snapshot<List<StakeholderDocument>> all;

	Stakeholders(Documents documents, Snapshots snapshots) {
		this.documents = documents;
		this.all = snapshots.of(StakeholderDocument.KIND, StakeholderDocument.class, List::copyOf);
	}

	Optional<StakeholderDocument> byId(String id) {
		return documents.byId(StakeholderDocument.KIND, id, StakeholderDocument.class);
	}

	List<StakeholderDocument> all() {
		return all.get();
	}

}
