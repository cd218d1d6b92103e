package com.example.shop.bff.backend;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.function.Supplier;

import com.example.shop.bff.BffProperties;
import com.example.shop.bff.Caller;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import reactor.core.publisher.Mono;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;

/**
 * Starts one {@link Budget} per user request where a request enters the BFF, and names
 * the person it is for ({@link Caller.Person}, whose token {@link Credentials} relays):
 * every {@code Mono} a public method of a BFF {@code @Service} returns. The Vaadin views
 * and the {@code /bff/v1} controllers both call those services, and nothing else calls a
 * backend, so the services' public methods are exactly "one user request". Done as advice
 * on that boundary (the same one method security guards) rather than by hand in each
 * method, which wrote it 17 times, or as a servlet filter, which sees only
 * {@code /bff/v1} and cannot reach a Reactor context. A {@code Flux} is a long-lived
 * stream (the catalog's changes) and runs without a budget.
 */
final class RequestBudget implements MethodInterceptor {

	private static final String BFF = "com.example.shop.bff";

	private final Supplier<BffProperties> properties;

	private final Supplier<Clock> clock;

	private RequestBudget(Supplier<BffProperties> properties, Supplier<Clock> clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The advice on the BFF's services, given the settings and clock as late as the first
	 * call: advisors are created before ordinary beans are.
	 */
	static Advisor advisor(Supplier<BffProperties> properties, Supplier<Clock> clock) {
		StaticMethodMatcherPointcut serviceMethods = new StaticMethodMatcherPointcut() {

			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				return Modifier.isPublic(method.getModifiers()) && Mono.class.isAssignableFrom(method.getReturnType());
			}

		};
		serviceMethods.setClassFilter((type) -> type.getPackageName().startsWith(BFF)
				&& AnnotatedElementUtils.hasAnnotation(type, Service.class));
		return new DefaultPointcutAdvisor(serviceMethods, new RequestBudget(properties, clock));
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		// Who asked, read now: the Mono may run later, on another thread.
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		Object result = invocation.proceed();
		if (result instanceof Mono<?> call) {
			Mono<?> budgeted = call.contextWrite(Budget.of(this.properties.get().requestBudget(), this.clock.get()));
			return (person != null) ? budgeted.contextWrite(Caller.is(new Caller.Person(person))) : budgeted;
		}
		return result;
	}

}
