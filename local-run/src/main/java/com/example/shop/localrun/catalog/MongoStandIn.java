package com.example.shop.localrun.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The local run's MongoDB: mongo-java-server in this JVM, speaking the wire protocol on
 * the local run's address, with its H2 backend so the catalog survives a restart (until
 * {@code --reset}). No real {@code mongod} can be installed on the machines this project
 * runs on; production uses a real MongoDB.
 */
public final class MongoStandIn implements AutoCloseable {

	private final MongoServer server;

	private final H2Backend backend;

	private final String host;

	private final int port;

	private MongoStandIn(MongoServer server, H2Backend backend, String host, int port) {
		this.server = server;
		this.backend = backend;
		this.host = host;
		this.port = port;
	}

	/**
	 * Starts the server.
	 * @param directory where the data file lives; created if missing
	 * @param bindAddress the one address it listens on
	 * @param host how clients reach it
	 * @param port its port
	 * @return the running server
	 * @throws IOException if the directory cannot be created
	 */
	public static MongoStandIn start(Path directory, String bindAddress, String host, int port) throws IOException {
		Files.createDirectories(directory);
		H2Backend backend = new H2Backend(directory.resolve("mongo.mv").toString());
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(bindAddress, port);
		}
		catch (RuntimeException ex) {
			backend.close();
			throw new IOException("The MongoDB stand-in could not listen on port " + port
					+ " (set MONGO_PORT to another one): " + ex.getMessage(), ex);
		}
		return new MongoStandIn(server, backend, host, port);
	}

	/** The connection string of one database of this server. */
	public String connectionString(String database) {
		return "mongodb://%s:%d/%s".formatted(this.host, this.port, database);
	}

	/** Stops listening and writes everything to the data file. */
	@Override
	public void close() {
		this.server.shutdown();
		this.backend.close();
	}

}
