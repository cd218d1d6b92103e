package com.example.shop.catalog;

import io.grpc.ManagedChannel;

import com.example.shop.catalog.v1.CatalogServiceGrpc;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.GrpcChannelFactory;

/** A blocking stub over the in-process transport, for the catalog's integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class CatalogTestConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ManagedChannel catalogChannel(GrpcChannelFactory channels) {
		return channels.createChannel("catalog");
	}

	@Bean
	CatalogServiceGrpc.CatalogServiceBlockingStub catalogStub(ManagedChannel catalogChannel) {
		return CatalogServiceGrpc.newBlockingStub(catalogChannel);
	}

}
