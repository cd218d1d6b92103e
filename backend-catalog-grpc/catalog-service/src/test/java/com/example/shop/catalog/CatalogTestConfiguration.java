package com.example.shop.catalog;

import java.util.List;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.testsupport.security.Caller;
import io.grpc.ManagedChannel;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.client.interceptor.security.BearerTokenAuthenticationInterceptor;

/** A blocking stub over the in-process transport, for the catalog's integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class CatalogTestConfiguration {

	/**
	 * Every call signed in as an admin through the UI, allowed everything: who may do
	 * what is CatalogSecurityIT's subject.
	 */
	@Bean(destroyMethod = "shutdownNow")
	ManagedChannel catalogChannel(GrpcChannelFactory channels) {
		return channels.createChannel("catalog", ChannelBuilderOptions.defaults()
			.withInterceptors(List.of(new BearerTokenAuthenticationInterceptor(Caller.ADMIN::token))));
	}

	@Bean
	CatalogServiceGrpc.CatalogServiceBlockingStub catalogStub(ManagedChannel catalogChannel) {
		return CatalogServiceGrpc.newBlockingStub(catalogChannel);
	}

}
