package com.example.shop.ui.drain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a stopping ui-app treats the sessions it holds (k8s/README.md, "The UI's sessions
 * during a rollout").
 *
 * @param limit how long open sessions are still served after SIGTERM; zero (the default,
 * for the local run and tests) stops at once. Kubernetes sets it below the pod's
 * {@code terminationGracePeriodSeconds} minus the shutdown phase.
 * @param noticeInterval how often the notice to open sessions is renewed with the time
 * left
 */
@ConfigurationProperties("app.ui.drain")
public record DrainProperties(@DefaultValue("0s") Duration limit, @DefaultValue("1m") Duration noticeInterval) {

}
