package com.example.shop.catalog.grpc;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ClientSessionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import jakarta.validation.constraints.NotNull;
import org.bson.codecs.configuration.CodecRegistry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.validation.annotation.Validated;

/**
 * Every database call of the catalog is time-boxed, in one place: the MongoDB driver's
 * operation timeout ({@code timeoutMS}: server selection, connection checkout and the
 * command, which the server gets as {@code maxTimeMS}) is
 * {@code app.catalog.database.timeout} (1 s, below the BFF's call deadline), and within a
 * gRPC call it is the time left before the caller's deadline when that is shorter. A call
 * whose caller has already given up starts no database work at all (DEADLINE_EXCEEDED).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallDeadlines.Settings.class)
class CallDeadlines {

	@Bean
	MongoClientSettingsBuilderCustomizer databaseTimeouts(Settings settings) {
		long millis = settings.timeout().toMillis();
		return (builder) -> builder.timeout(millis, TimeUnit.MILLISECONDS)
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
			.applyToSocketSettings((socket) -> socket.connectTimeout((int) millis, TimeUnit.MILLISECONDS));
	}

	/**
	 * Wraps the database factory Boot configures, which every MongoTemplate call asks.
	 */
	@Bean
	static BeanPostProcessor deadlineBoundDatabase(ObjectProvider<Settings> settings) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof MongoDatabaseFactory factory && !(bean instanceof DeadlineBound))
						? new DeadlineBound(factory, settings.getObject().timeout()) : bean;
			}
		};
	}

	/**
	 * The database as one operation of the current call may use it: with the time the
	 * call has left, at most the configured timeout.
	 */
	static final class DeadlineBound implements MongoDatabaseFactory {

		private final MongoDatabaseFactory delegate;

		private final long capMillis;

		DeadlineBound(MongoDatabaseFactory delegate, Duration cap) {
			this.delegate = delegate;
			this.capMillis = cap.toMillis();
		}

		@Override
		public MongoDatabase getMongoDatabase() {
			return this.delegate.getMongoDatabase().withTimeout(timeLeftMillis(this.capMillis), TimeUnit.MILLISECONDS);
		}

		@Override
		public MongoDatabase getMongoDatabase(String name) {
			return this.delegate.getMongoDatabase(name)
				.withTimeout(timeLeftMillis(this.capMillis), TimeUnit.MILLISECONDS);
		}

		@Override
		public PersistenceExceptionTranslator getExceptionTranslator() {
			return this.delegate.getExceptionTranslator();
		}

		@Override
		public CodecRegistry getCodecRegistry() {
			return this.delegate.getCodecRegistry();
		}

		@Override
		public ClientSession getSession(ClientSessionOptions options) {
			return this.delegate.getSession(options);
		}

		@Override
		public MongoDatabaseFactory withSession(ClientSession session) {
			return new DeadlineBound(this.delegate.withSession(session), Duration.ofMillis(this.capMillis));
		}

		static long timeLeftMillis(long cap) {
			Deadline deadline = Context.current().getDeadline();
			if (deadline == null) {
				return cap;
			}
			long left = deadline.timeRemaining(TimeUnit.MILLISECONDS);
			if (left <= 0) {
				throw Status.DEADLINE_EXCEEDED
					.withDescription("The caller's deadline passed; the database is not asked")
					.asRuntimeException();
			}
			return Math.min(cap, left);
		}

	}

	/**
	 * @param timeout the longest any one database operation may take (the migration Job
	 * allows more)
	 */
	@ConfigurationProperties("app.catalog.database")
	@Validated
	record Settings(@NotNull @DefaultValue("1s") Duration timeout) {
	}

}
