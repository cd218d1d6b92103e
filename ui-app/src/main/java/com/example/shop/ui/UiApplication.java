package com.example.shop.ui;

import com.example.shop.bff.BffConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * The web application users open: the embedded BFF, called as Java by the UI and as JSON
 * under /bff/v1.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(BffConfiguration.class)
public class UiApplication {

	public static void main(String[] args) {
		SpringApplication.run(UiApplication.class, args);
	}

}
