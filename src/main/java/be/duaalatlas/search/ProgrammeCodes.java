package be.duaalatlas.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.duaalatlas.index.ProgrammeClasses.ProgrammeClass;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.QualificationCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The programmes' classification (study domain, grade, finality, read as the facets read
 * them: {@link ProgrammeClass}) and qualifications, held per catalogue generation, so
 * that a filter on it also applies to offerings and workplaces: it becomes a filter on
 * programme codes.
 */
@Component
public class ProgrammeCodes {

	private final Snapshot<List<Entry>> entries;

	ProgrammeCodes(Snapshots snapshots) {
		this.entries = snapshots.of(Kind.PROGRAMME.indexKind(), ObjectNode.class,
				docs -> docs.stream().map(ProgrammeCodes::entry).toList());
	}

	/**
	 * A programme: its code, its classification as the facets count it, its
	 * qualifications.
	 */
	record Entry(String code, ProgrammeClass classification, Set<String> qualifications) {
	}

	public boolean exists(String code) {
		return entries().stream().anyMatch(e -> e.code().equals(code));
	}

	/**
	 * A qualification by its id, or by its code in the Flemish qualifications database.
	 */
	public boolean qualificationExists(String idOrCode) {
		String id = qualificationId(idOrCode);
		return entries().stream().anyMatch(e -> e.qualifications().contains(id));
	}

	/**
	 * The qualification's id, also when it is given by its official code
	 * ({@code BK-0357}, in any usual writing).
	 */
	static String qualificationId(String idOrCode) {
		return QualificationCodes.read(idOrCode)
			.map(code -> QualificationCodes.qualificationOf(code).orElse(code))
			.orElse(idOrCode);
	}

	/**
	 * Codes of the programmes that lead to each of the qualifications (none for an
	 * unknown one).
	 */
	public Map<String, List<String>> byQualification(Collection<String> ids) {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		ids.forEach(id -> codes.put(id,
				entries().stream().filter(e -> e.qualifications().contains(id)).map(Entry::code).toList()));
		return codes;
	}

	/** Codes of the programmes with the filter's programme attributes. */
	Set<String> matching(SearchFilter filter) {
		return entries().stream()
			.filter(e -> filter.programme() == null || e.code().equals(filter.programme()))
			.filter(e -> filter.qualification() == null
					|| e.qualifications().contains(qualificationId(filter.qualification())))
			.filter(e -> filter.studyDomain() == null
					|| filter.studyDomain().name().equals(e.classification().studyDomain()))
			.filter(e -> filter.grade() == null || filter.grade().name().equals(e.classification().grade()))
			.filter(e -> filter.finality() == null || filter.finality().name().equals(e.classification().finality()))
			.map(Entry::code)
			.collect(Collectors.toSet());
	}

	private List<Entry> entries() {
		return entries.get();
	}

	private static Entry entry(JsonNode doc) {
		Set<String> qualifications = new HashSet<>();
		doc.path("qualifications").forEach(q -> qualifications.add(q.path("id").asText()));
		return new Entry(doc.path("code").asText(), ProgrammeClass.of(doc), qualifications);
	}

}
