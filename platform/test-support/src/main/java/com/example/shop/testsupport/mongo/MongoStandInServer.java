package com.example.shop.testsupport.mongo;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import com.example.shop.testsupport.net.FreePorts;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

/**
 * One in-process MongoDB-compatible server per test JVM (mongo-java-server with its
 * memory backend; no real {@code mongod} can be installed here), started on first use on
 * a free loopback port and stopped when the JVM exits. Callers ask for a database by
 * name; tests keep apart by {@link CleanMongoExtension}.
 * <p>
 * It speaks the wire protocol but is not MongoDB: no {@code $text}, no transactions or
 * sessions, and non-unique indexes are accepted but not used. Code under test must only
 * use queries that a real MongoDB answers the same way.
 */
public final class MongoStandInServer {

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	/**
	 * Collections of the migration tool (Mongock's change log and lock), kept by
	 * cleaning.
	 */
	private static final String MIGRATION_COLLECTION_PREFIX = "mongock";

	private static volatile MongoStandInServer instance;

	private final String host;

	private final int port;

	private final MongoClient client;

	private MongoStandInServer(InetSocketAddress address) {
		this.host = address.getHostString();
		this.port = address.getPort();
		this.client = MongoClients.create("mongodb://" + this.host + ":" + this.port);
	}

	/** The server of this JVM, started on the first call. */
	public static MongoStandInServer get() {
		MongoStandInServer server = instance;
		if (server == null) {
			synchronized (MongoStandInServer.class) {
				server = instance;
				if (server == null) {
					server = start();
					instance = server;
				}
			}
		}
		return server;
	}

	private static MongoStandInServer start() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", FreePorts.next());
		MongoStandInServer standIn = new MongoStandInServer(server.getLocalAddress());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			standIn.client.close();
			server.shutdownNow();
		}, "mongo-stand-in-stop"));
		return standIn;
	}

	/**
	 * The connection string of a database of this server, for {@code spring.mongodb.uri}.
	 * @param database a lower-case name
	 * @return {@code mongodb://127.0.0.1:<port>/<database>}
	 */
	public String connectionString(String database) {
		return "mongodb://" + this.host + ":" + this.port + "/" + checked(database);
	}

	/** The port the server listens on (loopback only). */
	public int port() {
		return this.port;
	}

	/** A client of this server, for setup and assertions; do not close it. */
	public MongoClient client() {
		return this.client;
	}

	/**
	 * A database of this server, created by the first write to it.
	 * @param name a lower-case name
	 * @return the database
	 */
	public MongoDatabase database(String name) {
		return this.client.getDatabase(checked(name));
	}

	/**
	 * The database of this name, emptied of everything, migration records included (for
	 * migration tests that need an empty database).
	 * @param name a lower-case name
	 * @return the empty database
	 */
	public MongoDatabase freshDatabase(String name) {
		MongoDatabase database = database(name);
		database.drop();
		return database;
	}

	/**
	 * Deletes every document of every collection of the database except the migration
	 * tool's, keeping the collections and their indexes, so each test starts from the
	 * migrated, empty database.
	 * @param name a lower-case name
	 */
	public void clean(String name) {
		MongoDatabase database = database(name);
		for (String collection : database.listCollectionNames()) {
			if (!collection.startsWith(MIGRATION_COLLECTION_PREFIX) && !collection.startsWith("system.")) {
				database.getCollection(collection).deleteMany(new Document());
			}
		}
	}

	private static String checked(String name) {
		if (!SAFE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Database names are lower-case identifiers, not '" + name + "'");
		}
		return name;
	}

}
