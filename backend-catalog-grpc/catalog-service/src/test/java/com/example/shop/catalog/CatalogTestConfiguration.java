package com.example.shop.catalog;

import java.time.Instant;

import io.grpc.ManagedChannel;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.testsupport.time.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * Gives integration tests control of time (2026-11-20 10:00 in Seoul unless a test moves
 * it) and a blocking stub over the in-process transport.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CatalogTestConfiguration {

	public static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

	@Bean
	MutableClock clock() {
		return new MutableClock(START);
	}

	@Bean(destroyMethod = "shutdownNow")
	ManagedChannel catalogChannel(GrpcChannelFactory channels) {
		return channels.createChannel("catalog");
	}

	@Bean
	CatalogServiceGrpc.CatalogServiceBlockingStub catalogStub(ManagedChannel catalogChannel) {
		return CatalogServiceGrpc.newBlockingStub(catalogChannel);
	}

}
