package com.example.shop.testsupport.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points a Spring test's {@code spring.datasource.*} at a database of the per-JVM
 * embedded PostgreSQL and empties every table before each test, so tests never see each
 * other's rows. Test classes naming the same database share one cached application
 * context.
 *
 * <pre class="code">
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;PostgresTest(database = "orders")
 * class OrdersApiIT { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CleanDatabaseExtension.class)
public @interface PostgresTest {

	/** The database name, a lower-case identifier. */
	String database();

}
