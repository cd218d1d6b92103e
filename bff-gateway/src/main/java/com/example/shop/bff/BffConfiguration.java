package com.example.shop.bff;

import com.example.shop.bff.backend.BackendConfiguration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Everything the BFF brings to the application that hosts it: backends, composite
 * services, {@code /bff/v1}, and method security so roles hold whoever calls.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BffProperties.class)
@EnableMethodSecurity
@Import(BackendConfiguration.class)
@ComponentScan
public class BffConfiguration {

}
