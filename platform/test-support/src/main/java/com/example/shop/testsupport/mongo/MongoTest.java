package com.example.shop.testsupport.mongo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points a Spring test's {@code spring.mongodb.uri} at a database of the per-JVM
 * {@link MongoStandInServer} and deletes every document before each test (keeping the
 * collections, their indexes and the migration records), so tests never see each other's
 * documents. Test classes naming the same database share one cached application context.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;MongoTest(database = "catalog")
 * class CatalogGrpcIT { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CleanMongoExtension.class)
public @interface MongoTest {

	/** The database name, a lower-case identifier. */
	String database();

}
