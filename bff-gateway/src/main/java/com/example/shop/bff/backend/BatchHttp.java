package com.example.shop.bff.backend;

import java.util.List;

import com.example.shop.support.batch.BatchExecution;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * A REST backend's batch history, the same endpoint on orders and billing (each serves
 * its own batch's, read-only); checked against both contracts.
 */
@HttpExchange("/api/v1/batch/executions")
interface BatchHttp {

	@GetExchange
	Mono<List<BatchExecution>> recent(@RequestParam int size);

}
