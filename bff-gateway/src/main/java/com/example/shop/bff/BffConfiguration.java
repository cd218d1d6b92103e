package com.example.shop.bff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Everything the BFF brings to the application that hosts it: backends, composite
 * services, {@code /bff/v1}, and method security so roles hold whoever calls. Its
 * packages are found by scanning, so this root package names none of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BffProperties.class)
@EnableMethodSecurity
@ComponentScan
public class BffConfiguration {

}
