package be.duaalatlas.graphql;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;

/**
 * Walks an operation once, before it runs (fragments expanded, variables applied), and
 * measures what it asks for: its cost by the rule of {@link FieldCosts}, its depth, its
 * root fields, the aliases of each field and the size of every argument. Introspection
 * ({@code __schema}, {@code __type}) is left to graphql-java's good-faith check, which
 * bounds its depth and size, so that every client's standard introspection query passes
 * while data fields stay counted.
 */
final class QueryCost {

	/**
	 * What the walk found: the whole operation's cost (also when it breaks a limit, so
	 * the error can say it) and the first limit or bound it breaks, if any.
	 */
	record Measure(long cost, int depth, int rootFields, Violation violation) {

		/** The {@code cost} extension of an answer or error of this operation. */
		Map<String, Object> extension(long limit) {
			Map<String, Object> extension = new LinkedHashMap<>();
			extension.put("requested", cost);
			extension.put("limit", limit);
			return extension;
		}

	}

	/**
	 * A limit (cost, depth, root fields, aliases) or an argument bound the operation
	 * breaks.
	 */
	record Violation(String limit, long actual, long allowed, String argument, String message) {
	}

	private final LimitsProperties limits;

	QueryCost(LimitsProperties limits) {
		this.limits = limits;
	}

	Measure measure(QueryTraverser traverser) {
		Walk walk = new Walk();
		traverser.visitPreOrder(walk);
		Violation violation = walk.violation;
		if (violation == null && walk.rootKeys.size() > limits.maxRootFields()) {
			violation = new Violation("rootFields", walk.rootKeys.size(), limits.maxRootFields(), null,
					"This operation has " + walk.rootKeys.size() + " root fields; at most " + limits.maxRootFields()
							+ " are allowed. Split it into several requests.");
		}
		if (violation == null && walk.maxDepth > limits.maxDepth()) {
			violation = new Violation("depth", walk.maxDepth, limits.maxDepth(), null, "This operation nests fields "
					+ walk.maxDepth + " deep; at most " + limits.maxDepth() + " are allowed.");
		}
		if (violation == null && walk.cost > limits.maxCost()) {
			violation = new Violation("cost", walk.cost, limits.maxCost(), null,
					"This operation costs " + walk.cost + "; at most " + limits.maxCost()
							+ " is allowed per request. Ask for fewer "
							+ "fields, fewer aliases or smaller pages ('first').");
		}
		return new Measure(walk.cost, walk.maxDepth, walk.rootKeys.size(), violation);
	}

	/**
	 * Per visited field: how often it is resolved and how often each of its sub-fields
	 * is.
	 */
	private record Visit(long instances, long childInstances, int depth) {
	}

	private final class Walk extends QueryVisitorStub {

		private final Map<QueryVisitorFieldEnvironment, Visit> visits = new IdentityHashMap<>();

		/**
		 * Response keys per field name, per selection set (the parent's environment; null
		 * for the root).
		 */
		private final Map<QueryVisitorFieldEnvironment, Map<String, Set<String>>> aliases = new HashMap<>();

		private final Set<String> rootKeys = new LinkedHashSet<>();

		private final Set<String> batched = new LinkedHashSet<>();

		private long cost;

		private int maxDepth;

		private Violation violation;

		@Override
		public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment env) {
			String name = env.getField().getName();
			QueryVisitorFieldEnvironment parentEnv = env.getParentEnvironment();
			if (parentEnv == null && (name.equals("__schema") || name.equals("__type"))) {
				return TraversalControl.ABORT;
			}
			Visit parent = parentEnv == null ? new Visit(1, 1, 0) : visits.get(parentEnv);
			String key = env.getField().getResultKey();
			if (parentEnv == null && !name.startsWith("__")) {
				rootKeys.add(key);
			}
			Set<String> keys = aliases.computeIfAbsent(parentEnv, p -> new HashMap<>())
				.computeIfAbsent(name, n -> new LinkedHashSet<>());
			keys.add(key);
			if (keys.size() > limits.maxAliasesPerField() && violation == null) {
				violation = new Violation("aliasesPerField", keys.size(), limits.maxAliasesPerField(), null,
						"Field '" + name + "' is asked under " + keys.size() + " aliases in one selection; at most "
								+ limits.maxAliasesPerField() + " are allowed.");
			}
			checkArguments(env.getArguments(), "");

			long instances = parent.childInstances();
			GraphQLFieldDefinition definition = env.getFieldDefinition();
			String typeName = unwrappedName(env.getParentType());
			long own = FieldCosts.FIELD;
			long childInstances = instances;
			Integer first = argument(env, "first");
			if (first != null && unwrappedName(definition.getType()).endsWith("Connection")) {
				own += first;
			}
			if (name.equals("edges") && parentEnv != null && isConnection(parentEnv)) {
				childInstances = instances * Math.max(1, firstOf(parentEnv));
			}
			else if (isList(definition.getType())) {
				Integer size = argument(env, "size");
				childInstances = instances * (size != null ? Math.max(1, size) : FieldCosts.LIST_ESTIMATE);
			}
			switch (FieldCosts.access(typeName, name)) {
				case ENGINE -> own += FieldCosts.ENGINE_REQUEST;
				case BATCHED -> {
					if (batched.add(typeName + "." + name)) {
						cost += FieldCosts.ENGINE_REQUEST;
					}
				}
				case MEMORY -> {
				}
			}
			if (env.getArguments().get("text") instanceof String text) {
				own += (long) FieldCosts.TEXT_CHARACTER * text.strip().length();
			}
			cost += instances * own;
			int depth = parent.depth() + 1;
			maxDepth = Math.max(maxDepth, depth);
			visits.put(env, new Visit(instances, childInstances, depth));
			return TraversalControl.CONTINUE;
		}

		/**
		 * Every string and list of the arguments is bounded, however deep in an input
		 * object.
		 */
		private void checkArguments(Object value, String path) {
			if (violation != null) {
				return;
			}
			if (value instanceof String text && text.length() > limits.maxStringLength()) {
				violation = new Violation("stringLength", text.length(), limits.maxStringLength(), path, "'" + path
						+ "' may have at most " + limits.maxStringLength() + " characters, had " + text.length() + ".");
			}
			else if (value instanceof List<?> list) {
				if (list.size() > limits.maxListLength()) {
					violation = new Violation("listLength", list.size(), limits.maxListLength(), path, "'" + path
							+ "' may have at most " + limits.maxListLength() + " elements, had " + list.size() + ".");
					return;
				}
				list.forEach(element -> checkArguments(element, path));
			}
			else if (value instanceof Map<?, ?> map) {
				map.forEach(
						(name, inner) -> checkArguments(inner, path.isEmpty() ? name.toString() : path + "." + name));
			}
		}

		private boolean isConnection(QueryVisitorFieldEnvironment env) {
			return unwrappedName(env.getFieldDefinition().getType()).endsWith("Connection")
					&& argument(env, "first") != null;
		}

		private int firstOf(QueryVisitorFieldEnvironment env) {
			Integer first = argument(env, "first");
			return first == null ? FieldCosts.LIST_ESTIMATE : first;
		}

	}

	private static Integer argument(QueryVisitorFieldEnvironment env, String name) {
		return env.getArguments().get(name) instanceof Integer value ? Math.max(0, value) : null;
	}

	private static String unwrappedName(GraphQLType type) {
		return GraphQLTypeUtil.unwrapAll(type).getName();
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
	}

}
