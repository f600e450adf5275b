package be.duaalatlas.index;

import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The facet values of records written one by one (partners' writes, the journal), with
 * the classification of the live programmes, read once per catalogue generation.
 */
@Component
public class LiveFacetValues {

	private final Snapshot<FacetValues> current;

	LiveFacetValues(Snapshots snapshots) {
		this.current = snapshots.of(Kind.PROGRAMME.indexKind(), ObjectNode.class,
				programmes -> new FacetValues(ProgrammeClasses.of(programmes)));
	}

	public FacetValues current() {
		return current.get();
	}

}
