package be.duaalatlas.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * One operation of a document with its fragments written out, as the executor would see
 * it. A fragment spread twice is two sets of fields, and a chain of fragments that each
 * spread the next twice doubles with every link: 50 links in 2 KB ask for 2^50 fields.
 * {@link #selections} counts the fields written out in time linear in the document (one
 * count per fragment), so such a document is refused before anything walks it;
 * {@link #inline} writes the fragments out (new nodes for every copy), so that a walk
 * over it meets every field as often as it is asked, where graphql-java's traverser
 * visits a fragment's fields once however often it is spread.
 */
final class ExpandedOperation {

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	private final Document document;

	private final OperationDefinition operation;

	private ExpandedOperation(Document document, OperationDefinition operation) {
		this.document = document;
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.putIfAbsent(fragment.getName(), fragment);
		}
		this.operation = operation;
	}

	/**
	 * The operation the request names (or the document's only one); null when there is
	 * none such, which validation reports.
	 */
	static ExpandedOperation of(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		OperationDefinition chosen = null;
		if (operationName == null || operationName.isEmpty()) {
			chosen = operations.size() == 1 ? operations.get(0) : null;
		}
		else {
			chosen = operations.stream().filter(op -> operationName.equals(op.getName())).findFirst().orElse(null);
		}
		return chosen == null ? null : new ExpandedOperation(document, chosen);
	}

	/**
	 * How many fields the operation asks for with every fragment written out (saturating
	 * at {@link Long#MAX_VALUE}); introspection fields count like any other. A spread of
	 * an unknown fragment or one inside its own cycle counts nothing: validation refuses
	 * the document.
	 */
	long selections() {
		return new Counter().count(operation.getSelectionSet());
	}

	/**
	 * A document of this operation alone, every fragment spread replaced by an inline
	 * fragment of the same type condition and directives. Call only for an operation
	 * whose {@link #selections} are bounded: the result is that large. A document without
	 * fragments is its own written-out form (most requests: no copy on their path).
	 */
	Document inline() {
		if (fragments.isEmpty()) {
			return document;
		}
		OperationDefinition written = operation
			.transform(builder -> builder.selectionSet(inline(operation.getSelectionSet(), new HashSet<>())));
		return Document.newDocument().definition(written).build();
	}

	private SelectionSet inline(SelectionSet selectionSet, Set<String> enclosing) {
		if (selectionSet == null) {
			return null;
		}
		List<Selection> written = new ArrayList<>(selectionSet.getSelections().size());
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				// a new node even for a leaf: the traverser skips a node it has seen
				written
					.add(field.transform(builder -> builder.selectionSet(inline(field.getSelectionSet(), enclosing))));
			}
			else if (selection instanceof InlineFragment fragment) {
				written.add(fragment
					.transform(builder -> builder.selectionSet(inline(fragment.getSelectionSet(), enclosing))));
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition definition = fragments.get(spread.getName());
				if (definition == null || !enclosing.add(spread.getName())) {
					continue;
				}
				written.add(InlineFragment.newInlineFragment()
					.typeCondition(definition.getTypeCondition())
					.directives(spread.getDirectives())
					.selectionSet(inline(definition.getSelectionSet(), enclosing))
					.sourceLocation(spread.getSourceLocation())
					.build());
				enclosing.remove(spread.getName());
			}
		}
		return SelectionSet.newSelectionSet(written).build();
	}

	private final class Counter {

		private final Map<String, Long> perFragment = new HashMap<>();

		private final Set<String> enclosing = new HashSet<>();

		long count(SelectionSet selectionSet) {
			if (selectionSet == null) {
				return 0;
			}
			long sum = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				long part = 0;
				if (selection instanceof Field field) {
					part = saturatedAdd(1, count(field.getSelectionSet()));
				}
				else if (selection instanceof InlineFragment fragment) {
					part = count(fragment.getSelectionSet());
				}
				else if (selection instanceof FragmentSpread spread) {
					part = fragment(spread.getName());
				}
				sum = saturatedAdd(sum, part);
			}
			return sum;
		}

		private long fragment(String name) {
			Long known = perFragment.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = fragments.get(name);
			if (definition == null || !enclosing.add(name)) {
				return 0;
			}
			long count = count(definition.getSelectionSet());
			enclosing.remove(name);
			perFragment.put(name, count);
			return count;
		}

	}

	private static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

}
