package com.example.shop.support.http;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may bring ({@code app.http}).
 *
 * @param maxRequestBody the largest request body taken; a larger one is a 413 before any
 * of it is parsed
 * @param bodyLimitPaths the servlet URL patterns the limit applies to (ui-app limits its
 * JSON API only, not the UI's own traffic)
 */
@ConfigurationProperties("app.http")
public record HttpSettings(@DefaultValue("256KB") DataSize maxRequestBody,
		@DefaultValue("/*") List<String> bodyLimitPaths) {

}
