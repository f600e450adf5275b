package be.duaalatlas.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * How a node of the embedded distribution finds its cluster: alone (the service's own
 * engine), or as one of several nodes on loopback that find each other through their
 * transport ports (the cluster of the fleet test and report).
 *
 * @param clusterName the cluster's name; nodes join only a cluster of their name
 * @param nodeName this node's name, as {@code initialMasterNodes} names it
 * @param transportPort the port other nodes reach this one on; 0 picks a free one at
 * every start (a single node needs no fixed one)
 * @param seedHosts the transport addresses of the other nodes; empty for a single node
 * @param initialMasterNodes the nodes that elect the first master of a new cluster
 */
public record ClusterMembership(String clusterName, String nodeName, int transportPort, List<String> seedHosts,
		List<String> initialMasterNodes) {

	/** The service's own engine: a cluster of one node that never looks for others. */
	static ClusterMembership singleNode() {
		return new ClusterMembership("duaal-atlas-embedded", "embedded", 0, List.of(), List.of());
	}

	/** The {@code -E} settings that say this on the command line. */
	List<String> settings(int transportPort) {
		List<String> settings = new ArrayList<>(List.of("-E", "cluster.name=" + clusterName, "-E",
				"node.name=" + nodeName, "-E", "transport.port=" + transportPort));
		if (seedHosts.isEmpty()) {
			settings.addAll(List.of("-E", "discovery.type=single-node"));
		}
		else {
			settings.addAll(List.of("-E", "discovery.seed_hosts=" + String.join(",", seedHosts), "-E",
					"cluster.initial_master_nodes=" + String.join(",", initialMasterNodes)));
		}
		return settings;
	}

}
