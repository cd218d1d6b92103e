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

import com.example.shop.catalog.Cleanup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.validation.annotation.Validated;

/**
 * Every database call of the catalog is time-boxed, in one place, with the MongoDB
 * driver's operation timeout ({@code timeoutMS}: server selection, connection checkout
 * and the command, which the server gets as {@code maxTimeMS}). Within a gRPC call it is
 * the time the caller has left, at most {@code app.catalog.database.timeout} (1 s, below
 * the BFF's call deadline); a call whose caller has already given up starts no database
 * work at all (DEADLINE_EXCEEDED). {@link Cleanup} (undoing what a call that gave up had
 * taken) and work no caller waits for (the migrations at start-up, the sweeper, the
 * change feed's polls) gets {@code app.catalog.database.background-timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CallDeadlines.Settings.class)
class CallDeadlines {

	/** The client's own default: what any operation gets if nothing shorter applies. */
	@Bean
	MongoClientSettingsBuilderCustomizer databaseTimeouts(Settings settings) {
		return (builder) -> builder.timeout(settings.backgroundTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
						? new DeadlineBound(factory, settings.getObject()) : bean;
			}
		};
	}

	/**
	 * The database as one operation of the current call may use it: with the time the
	 * call has left, at most the configured timeout.
	 */
	static final class DeadlineBound implements MongoDatabaseFactory {

		private final MongoDatabaseFactory delegate;

		private final Settings settings;

		DeadlineBound(MongoDatabaseFactory delegate, Settings settings) {
			this.delegate = delegate;
			this.settings = settings;
		}

		@Override
		public MongoDatabase getMongoDatabase() {
			return this.delegate.getMongoDatabase().withTimeout(timeLeftMillis(this.settings), TimeUnit.MILLISECONDS);
		}

		@Override
		public MongoDatabase getMongoDatabase(String name) {
			return this.delegate.getMongoDatabase(name)
				.withTimeout(timeLeftMillis(this.settings), TimeUnit.MILLISECONDS);
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
			return new DeadlineBound(this.delegate.withSession(session), this.settings);
		}

		/**
		 * How long the next operation may take: outside a gRPC call, and for
		 * {@link Cleanup} within one, the background timeout; otherwise the time the
		 * caller has left, at most the call timeout.
		 * @throws io.grpc.StatusRuntimeException DEADLINE_EXCEEDED if none is left
		 */
		static long timeLeftMillis(Settings settings) {
			if (Context.current() == Context.ROOT || Cleanup.running()) {
				return settings.backgroundTimeout().toMillis();
			}
			long cap = settings.timeout().toMillis();
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
	 * @param timeout the longest any one database operation of a gRPC call may take
	 * @param backgroundTimeout the longest one may take outside a call (start-up, the
	 * sweeper, the change feed; the migration Job allows more)
	 */
	@ConfigurationProperties("app.catalog.database")
	@Validated
	record Settings(@NotNull @DefaultValue("1s") Duration timeout,
			@NotNull @DefaultValue("30s") Duration backgroundTimeout) {
	}

}
