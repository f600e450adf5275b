package be.duaalatlas.devidentity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The provider's clients in memory. Spring Authorization Server's own in-memory
 * repository refuses two clients with the same secret; here every dev client's secret is
 * {@code secret}, so that the commands of docs/portal.md stay short.
 */
final class RegisteredClients implements RegisteredClientRepository {

	private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

	private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

	@Override
	public void save(RegisteredClient client) {
		byId.put(client.getId(), client);
		byClientId.put(client.getClientId(), client);
	}

	@Override
	public RegisteredClient findById(String id) {
		return byId.get(id);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return byClientId.get(clientId);
	}

}
