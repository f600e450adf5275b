package be.duaalatlas.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineConflicts;
import be.duaalatlas.index.LiveFacetValues;
import be.duaalatlas.index.Slugs;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.CreateResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.UpdateResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ErrorClassification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * How every write through the API goes: who may (token, right, own organisation), is the
 * input valid (the adapters' rules), is the version the one the caller read, then the
 * change on the live record guarded by the engine's sequence number (two writers on the
 * same version: exactly one wins), the journal entry that makes it survive re-imports,
 * and the audit entry. A refused write leaves the record exactly as it was and is audited
 * too.
 */
@NamedInterface("writes")
@Component
public class PartnerWrites {

	private static final Logger log = LoggerFactory.getLogger(PartnerWrites.class);

	/**
	 * The longest record id a write may name (the registers' and files' ids are far
	 * shorter).
	 */
	static final int MAX_ID = 100;

	/** Kinds whose records are named by a slug ({@link #checkKey}). */
	private static final Set<String> KEYED_BY_SLUG = Set.of(Kind.SUPPORT_SERVICE.indexKind(),
			Kind.KEY_MESSAGE.indexKind(), Kind.STAKEHOLDER.indexKind());

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final WriteJournal journal;

	private final AuditTrail audit;

	private final CatalogueGeneration generation;

	private final LiveFacetValues facetValues;

	PartnerWrites(ElasticsearchClient client, CatalogueIndices indices, WriteJournal journal, AuditTrail audit,
			CatalogueGeneration generation, LiveFacetValues facetValues) {
		this.client = client;
		this.facetValues = facetValues;
		this.indices = indices;
		this.journal = journal;
		this.audit = audit;
		this.generation = generation;
	}

	/**
	 * A write that sets some fields of an existing record.
	 * @param attempt what is asked, by whom
	 * @param owns whether the caller's organisation owns the record as it is now
	 * @param changes the fields to set (a null value clears one), from the record as it
	 * is now; throws {@link BadArgumentException} naming the input field that breaks a
	 * rule
	 */
	public Accepted merge(Attempt attempt, BiPredicate<Caller, ObjectNode> owns,
			Function<ObjectNode, ObjectNode> changes) {
		return merge(attempt, () -> {
		}, owns, changes);
	}

	/**
	 * A write that sets some fields of an existing record, after checking the inputs that
	 * do not depend on the record.
	 * @param validate checks the inputs that name the record (format) once the caller may
	 * write at all, before the record is read; throws {@link BadArgumentException},
	 * audited like every refusal
	 */
	public Accepted merge(Attempt attempt, Runnable validate, BiPredicate<Caller, ObjectNode> owns,
			Function<ObjectNode, ObjectNode> changes) {
		return refusalsAudited(attempt, caller -> {
			validate.run();
			GetResponse<ObjectNode> current = existing(attempt, caller, owns);
			ObjectNode set = changes.apply(current.source());
			int version = checkVersion(attempt, current);
			return apply(attempt, caller, current, set, version + 1);
		});
	}

	/**
	 * A write that replaces an existing record by a new whole version of it (lists and
	 * texts in it replaced, not merged).
	 * @param record the new record, from the record as it is now; throws
	 * {@link BadArgumentException} naming the input field that breaks a rule
	 */
	public Accepted replace(Attempt attempt, BiPredicate<Caller, ObjectNode> owns,
			Function<ObjectNode, ObjectNode> record) {
		return refusalsAudited(attempt, caller -> {
			GetResponse<ObjectNode> current = existing(attempt, caller, owns);
			ObjectNode whole = record.apply(current.source());
			int version = checkVersion(attempt, current);
			ObjectNode written = whole.deepCopy().put("recordVersion", version + 1);
			IndexResponse indexed = guarded(attempt,
					() -> client.index(i -> i.index(current.index())
						.id(current.id())
						.ifSeqNo(current.seqNo())
						.ifPrimaryTerm(current.primaryTerm())
						.document(facetValues.current().addTo(written.deepCopy()))
						.refresh(Refresh.True)));
			JournalEntry entry = journaled(attempt, caller, JournalEntry.Operation.INDEX, version + 1, whole,
					current.index(), () -> restore(current, indexed.seqNo(), indexed.primaryTerm()));
			return accepted(attempt, caller, entry, current.source(), written, written);
		});
	}

	/**
	 * A write that creates a record that does not exist yet; two creates of the same id:
	 * one wins, the other is CONFLICT.
	 * @param owns whether the caller's organisation would own the record (checked first)
	 * @param record the new record; throws {@link BadArgumentException} naming the input
	 * field that breaks a rule
	 */
	public Accepted create(Attempt attempt, Predicate<Caller> owns, Supplier<ObjectNode> record) {
		return refusalsAudited(attempt, caller -> {
			if (!owns.test(caller)) {
				throw RefusedException.forbidden("The token of " + caller.organisation() + " creates records of "
						+ caller.organisation() + " only");
			}
			ObjectNode whole = record.get();
			String alias = indices.alias(attempt.kind());
			if (upToDate(attempt).found()) {
				throw exists(attempt);
			}
			ObjectNode written = whole.deepCopy().put("recordVersion", 1);
			CreateResponse created = guarded(() -> exists(attempt),
					() -> client.create(c -> c.index(alias)
						.id(attempt.recordId())
						.document(facetValues.current().addTo(written.deepCopy()))
						.refresh(Refresh.True)));
			JournalEntry entry = journaled(attempt, caller, JournalEntry.Operation.INDEX, 1, whole, created.index(),
					() -> client.delete(d -> d.index(created.index())
						.id(attempt.recordId())
						.ifSeqNo(created.seqNo())
						.ifPrimaryTerm(created.primaryTerm())
						.refresh(Refresh.True)));
			return accepted(attempt, caller, entry, null, written, written);
		});
	}

	/** A write that removes an existing record. */
	public Accepted remove(Attempt attempt, BiPredicate<Caller, ObjectNode> owns) {
		return refusalsAudited(attempt, caller -> {
			GetResponse<ObjectNode> current = existing(attempt, caller, owns);
			int version = checkVersion(attempt, current);
			guarded(attempt,
					() -> client.delete(d -> d.index(current.index())
						.id(current.id())
						.ifSeqNo(current.seqNo())
						.ifPrimaryTerm(current.primaryTerm())
						.refresh(Refresh.True)));
			// a removal sets no field; it keeps what says which kind of text it was
			ObjectNode identity = JsonNodeFactory.instance.objectNode();
			if (current.source().has("contentType")) {
				identity.set("contentType", current.source().get("contentType"));
			}
			JournalEntry entry = journaled(attempt, caller, JournalEntry.Operation.DELETE, version + 1, identity,
					current.index(),
					() -> client.create(c -> c.index(current.index())
						.id(current.id())
						.document(current.source())
						.refresh(Refresh.True)));
			return accepted(attempt, caller, entry, current.source(), null,
					current.source().deepCopy().put("recordVersion", version + 1));
		});
	}

	/** A live record of a kind by id, as it is now (e.g. for an adapter's rule). */
	Optional<ObjectNode> find(String kind, String id) {
		try {
			GetResponse<ObjectNode> found = client.get(g -> g.index(indices.alias(kind)).id(id), ObjectNode.class);
			return found.found() ? Optional.of(found.source()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a write for the caller of the attempt, which must have the attempt's right;
	 * every refusal is audited and rethrown.
	 */
	private Accepted refusalsAudited(Attempt attempt, Write write) {
		Caller caller = null;
		try {
			caller = attempt.caller()
				.orElseThrow(() -> RefusedException.unauthorized(attempt.operation() + " needs a bearer token"));
			if (!caller.has(attempt.right())) {
				throw RefusedException.forbidden("The token of " + caller.organisation() + " has no " + attempt.right()
						+ " right, which " + attempt.operation() + " needs");
			}
			if (attempt.recordId().length() > MAX_ID) {
				throw new BadArgumentException(attempt.idArgument(), "An id has at most " + MAX_ID + " characters");
			}
			checkKey(attempt);
			return write.run(caller);
		}
		catch (RefusedException | BadArgumentException | NotFoundException ex) {
			audit.record(refusal(attempt, caller, classification(ex), ex.getMessage()));
			throw ex;
		}
		catch (IOException ex) {
			audit.record(refusal(attempt, caller, ErrorType.INTERNAL_ERROR, ex.getMessage()));
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A key a partner chooses or names (an offering's, a service's, a text's, a
	 * stakeholder's) is a slug or slugs joined by {@code --}, by the files' own rule
	 * ({@link Slugs}), before it reaches the engine as a document id: no {@code ..},
	 * {@code _search}, {@code a/b}, {@code x?y=1}, {@code *} or control characters.
	 * Workplaces are named by their establishment number, checked by its own rule.
	 */
	private static void checkKey(Attempt attempt) {
		String key = attempt.recordId();
		boolean compound = attempt.keyRule() == KeyRule.COMPOUND_KEY;
		if (attempt.keyRule() != KeyRule.NONE && !(compound ? Slugs.isCompoundKey(key) : Slugs.isSlug(key))) {
			throw new BadArgumentException(attempt.idArgument(),
					attempt.idArgument() + " '" + ValidationProblems.quoted(key) + "' must be "
							+ (compound ? Slugs.COMPOUND_KEY_RULE : Slugs.SLUG_RULE));
		}
	}

	/** The record as it is now: it must exist and be the caller's organisation's. */
	private GetResponse<ObjectNode> existing(Attempt attempt, Caller caller, BiPredicate<Caller, ObjectNode> owns)
			throws IOException {
		GetResponse<ObjectNode> current = upToDate(attempt);
		if (!current.found()) {
			throw new NotFoundException(attempt.idArgument(),
					"No record '" + attempt.recordId() + "' in " + attempt.kind());
		}
		if (!owns.test(caller, current.source())) {
			throw RefusedException
				.forbidden("'" + attempt.recordId() + "' is not a record of organisation " + caller.organisation());
		}
		return current;
	}

	/**
	 * The record as the live index holds it, brought up to the journal first: a write is
	 * checked against the last accepted version, also right after a full import's alias
	 * switch, before its catch-up ({@link WriteJournal#bringUpToDate}).
	 */
	private GetResponse<ObjectNode> upToDate(Attempt attempt) throws IOException {
		String alias = indices.alias(attempt.kind());
		GetResponse<ObjectNode> current = client.get(g -> g.index(alias).id(attempt.recordId()), ObjectNode.class);
		int version = current.found() ? current.source().path("recordVersion").asInt(0) : 0;
		if (journal.bringUpToDate(attempt.kind(), attempt.recordId(), alias, version)) {
			return client.get(g -> g.index(alias).id(attempt.recordId()), ObjectNode.class);
		}
		return current;
	}

	/** The record's version, which must be the one the write names. */
	private static int checkVersion(Attempt attempt, GetResponse<ObjectNode> current) {
		int version = current.source().path("recordVersion").asInt(0);
		if (attempt.expectedVersion() != version) {
			throw RefusedException.conflict("version", "'" + attempt.recordId() + "' is at version " + version
					+ ", not " + attempt.expectedVersion() + ": someone wrote in between; read it again");
		}
		return version;
	}

	private static RefusedException exists(Attempt attempt) {
		return RefusedException.conflict(attempt.idArgument(),
				"'" + attempt.recordId() + "' exists already; choose another id, or change that record");
	}

	/**
	 * A conditional engine write: losing its condition (someone wrote between our read
	 * and this write, or created the same id) is CONFLICT.
	 */
	private static <T> T guarded(Attempt attempt, EngineWrite<T> write) throws IOException {
		return guarded(() -> RefusedException.conflict("version",
				"'" + attempt.recordId() + "' changed while this write was checked; read it again"), write);
	}

	private static <T> T guarded(Supplier<RefusedException> conflict, EngineWrite<T> write) throws IOException {
		try {
			return write.run();
		}
		catch (ElasticsearchException | IOException ex) {
			if (EngineConflicts.isConflict(ex)) {
				throw conflict.get();
			}
			throw ex;
		}
	}

	/**
	 * Keeps the write in the journal; when the journal cannot, undoes it on the record
	 * (so a failed write leaves it as it was) and fails. Applies it to a new live index
	 * too if a full import switched the alias meanwhile.
	 */
	private JournalEntry journaled(Attempt attempt, Caller caller, JournalEntry.Operation operation, int version,
			ObjectNode document, String writtenTo, EngineWrite<?> undo) throws IOException {
		List<String> fields = new ArrayList<>();
		if (operation != JournalEntry.Operation.DELETE) {
			document.fieldNames().forEachRemaining(fields::add);
		}
		JournalEntry entry;
		try {
			entry = journal.append(new JournalEntry(0, attempt.kind(), attempt.recordId(), operation.name(), version,
					fields, document, Instant.now().toString(), caller.organisation(), caller.subject()));
		}
		catch (IOException | RuntimeException ex) {
			try {
				undo.run();
			}
			catch (IOException | RuntimeException undoFailed) {
				log.error("A write to {} that the journal could not keep could not be undone: {}", attempt.recordId(),
						undoFailed.getMessage());
			}
			throw ex;
		}
		String live = liveIndex(attempt.kind(), writtenTo);
		if (!live.equals(writtenTo)) {
			// a full import switched the alias meanwhile and may not have seen this
			// entry: apply it there as well
			journal.applyIfNewer(entry, live);
		}
		generation.changed();
		return entry;
	}

	private String liveIndex(String kind, String otherwise) throws IOException {
		return client.indices()
			.getAlias(g -> g.name(indices.alias(kind)))
			.result()
			.keySet()
			.stream()
			.findFirst()
			.orElse(otherwise);
	}

	private Accepted accepted(Attempt attempt, Caller caller, JournalEntry entry, ObjectNode before, ObjectNode after,
			ObjectNode record) {
		audit.record(new AuditRecord(UUID.randomUUID().toString(), entry.at(), AuditRecord.ACCEPTED, null, null,
				caller.subject(), caller.organisation(), caller.rights().stream().map(Right::name).sorted().toList(),
				attempt.operation(), attempt.kind(), attempt.recordId(), attempt.expectedVersion(), entry.version(),
				entry.sequence(), before, after));
		return new Accepted(entry, record);
	}

	/** Puts a replaced record back as it was, unless someone wrote after us. */
	private IndexResponse restore(GetResponse<ObjectNode> current, long seqNo, long primaryTerm) throws IOException {
		return client.index(i -> i.index(current.index())
			.id(current.id())
			.ifSeqNo(seqNo)
			.ifPrimaryTerm(primaryTerm)
			.document(current.source())
			.refresh(Refresh.True));
	}

	private Accepted apply(Attempt attempt, Caller caller, GetResponse<ObjectNode> current, ObjectNode set, int version)
			throws IOException {
		ObjectNode before = JsonNodeFactory.instance.objectNode();
		set.fieldNames()
			.forEachRemaining(field -> before.set(field, current.source().path(field).isMissingNode()
					? NullNode.getInstance() : current.source().get(field)));
		ObjectNode record = current.source().deepCopy();
		record.setAll(set);
		record.put("recordVersion", version);
		// the facet values of the record as it will be (the journal keeps what was set)
		ObjectNode doc = facetValues.current().addTo(set.deepCopy().put("recordVersion", version), record);
		UpdateResponse<ObjectNode> updated = guarded(attempt,
				() -> client.update(u -> u.index(current.index())
					.id(current.id())
					.ifSeqNo(current.seqNo())
					.ifPrimaryTerm(current.primaryTerm())
					.doc(doc)
					.refresh(Refresh.True), ObjectNode.class));
		JournalEntry entry = journaled(attempt, caller, JournalEntry.Operation.MERGE, version, set, current.index(),
				() -> undo(current, before, updated));
		return accepted(attempt, caller, entry, before, set.deepCopy(), record);
	}

	/**
	 * The journal could not keep a merge: put the changed fields back as they were,
	 * unless someone wrote after us.
	 */
	private UpdateResponse<ObjectNode> undo(GetResponse<ObjectNode> current, ObjectNode before,
			UpdateResponse<ObjectNode> updated) throws IOException {
		ObjectNode restore = facetValues.current().addTo(before.deepCopy(), current.source());
		JsonNode version = current.source().get("recordVersion");
		restore.set("recordVersion", version == null ? NullNode.getInstance() : version);
		return client.update(u -> u.index(current.index())
			.id(current.id())
			.ifSeqNo(updated.seqNo())
			.ifPrimaryTerm(updated.primaryTerm())
			.doc(restore)
			.refresh(Refresh.True), ObjectNode.class);
	}

	private static ErrorClassification classification(RuntimeException ex) {
		if (ex instanceof RefusedException refused) {
			return refused.classification();
		}
		return ex instanceof NotFoundException ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
	}

	private static AuditRecord refusal(Attempt attempt, Caller caller, ErrorClassification error, String reason) {
		return new AuditRecord(UUID.randomUUID().toString(), Instant.now().toString(), AuditRecord.REFUSED,
				error.toString(), reason, caller == null ? null : caller.subject(),
				caller == null ? null : caller.organisation(),
				caller == null ? List.of() : caller.rights().stream().map(Right::name).sorted().toList(),
				attempt.operation(), attempt.kind(), attempt.recordId(), attempt.expectedVersion(), null, null, null,
				null);
	}

	/**
	 * A write as asked.
	 *
	 * @param idArgument the input field that names the record (for NOT_FOUND)
	 * @param keyRule the rule of the record's key
	 */
	@NamedInterface("writes")
	public record Attempt(String operation, Optional<Caller> caller, Right right, String kind, String recordId,
			String idArgument, int expectedVersion, KeyRule keyRule) {

		/** A write to a record whose key follows the rule of its kind's key. */
		public Attempt(String operation, Optional<Caller> caller, Right right, String kind, String recordId,
				String idArgument, int expectedVersion) {
			this(operation, caller, right, kind, recordId, idArgument, expectedVersion,
					KEYED_BY_SLUG.contains(kind) ? KeyRule.SLUG : KeyRule.NONE);
		}

	}

	/** The rule a record's key follows before it reaches the engine as a document id. */
	@NamedInterface("writes")
	public enum KeyRule {

		/** Checked by the feature's own rule (an establishment number). */
		NONE,
		/** {@link Slugs#isSlug}. */
		SLUG,
		/** {@link Slugs#isCompoundKey}: slugs joined by {@code --}. */
		COMPOUND_KEY

	}

	/**
	 * An accepted write: its journal entry and the record as it is now (for a removal: as
	 * it was, at its last version).
	 */
	@NamedInterface("writes")
	public record Accepted(JournalEntry entry, ObjectNode record) {
	}

	/** The checked part of a write, for a caller with the right. */
	@FunctionalInterface
	private interface Write {

		Accepted run(Caller caller) throws IOException;

	}

	/** One request to the engine. */
	@FunctionalInterface
	private interface EngineWrite<T> {

		T run() throws IOException;

	}

}
