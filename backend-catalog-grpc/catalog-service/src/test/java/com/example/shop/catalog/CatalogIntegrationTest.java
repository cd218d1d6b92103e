package com.example.shop.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.example.shop.testsupport.mongo.MongoTest;
import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.boot.grpc.test.autoconfigure.AutoConfigureTestGrpcTransport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole catalog service on the in-process gRPC transport against the per-JVM Mongo
 * stand-in (migrated at start-up, emptied before each test), with a test clock. One
 * application context serves every test class carrying it. The sweeper's schedule is off:
 * tests sweep when they mean to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "spring.grpc.server.port=0", "app.catalog.sweeper.enabled=false",
		"app.catalog.watch.poll-interval=20ms" })
@AutoConfigureTestGrpcTransport
@MongoTest(database = "catalog")
@TrustsTestIssuer
@Import({ TestClockConfiguration.class, CatalogTestConfiguration.class })
public @interface CatalogIntegrationTest {

}
