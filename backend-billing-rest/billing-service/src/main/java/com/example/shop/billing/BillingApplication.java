package com.example.shop.billing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The billing service: customer accounts, their invoices and payments over REST, the only
 * owner of the billing database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BillingApplication {

	public static void main(String[] args) {
		SpringApplication.run(BillingApplication.class, args);
	}

}
