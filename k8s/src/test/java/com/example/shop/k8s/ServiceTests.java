package com.example.shop.k8s;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.example.shop.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services, ports and probes agree with each other and with what the applications read.
 */
class ServiceTests {

	@EveryOverlay
	void everyServiceSelectsPodsThatServeEachOfItsPorts(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		assertThat(rendered.all(Service.class)).isNotEmpty().allSatisfy((service) -> {
			List<Workload> selected = selected(rendered, service);
			assertThat(selected).as("pods of Service " + service.getMetadata().getName()).isNotEmpty();
			for (ServicePort port : service.getSpec().getPorts()) {
				assertThat(selected).allSatisfy((w) -> assertThat(containerPort(w, port.getTargetPort()))
					.as("%s port %s on %s", service.getMetadata().getName(), port.getName(), w.node())
					.isNotNull());
			}
		});
	}

	@EveryOverlay
	void everyContainerPortIsOneTheApplicationListensOnAndEveryListenerIsDeclared(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		List<Workload> ours = rendered.workloads()
			.stream()
			.filter((w) -> ApplicationPorts.deployable(w.pod().getContainers().getFirst().getImage()).isPresent())
			.toList();
		assertThat(ours).isNotEmpty().allSatisfy((w) -> {
			Container c = w.pod().getContainers().getFirst();
			Set<Integer> declared = new TreeSet<>(c.getPorts().stream().map(ContainerPort::getContainerPort).toList());
			assertThat(declared).as(w.node()).isEqualTo(ApplicationPorts.of(rendered, w, c));
		});
	}

	@EveryOverlay
	void probesAskThePortsTheContainerDeclares(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		assertThat(rendered.workloads().stream().filter(Workload::longRunning)).allSatisfy((w) -> {
			Container c = w.pod().getContainers().getFirst();
			for (Probe probe : new Probe[] { c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe() }) {
				IntOrString port = (probe.getHttpGet() != null) ? probe.getHttpGet().getPort()
						: (probe.getGrpc() != null) ? new IntOrString(probe.getGrpc().getPort())
								: (probe.getTcpSocket() != null) ? probe.getTcpSocket().getPort() : null;
				if (probe.getExec() == null) {
					assertThat(containerPort(w, port)).as(w.node() + " probe port " + port).isNotNull();
				}
				if (probe.getHttpGet() != null) {
					assertThat(probe.getHttpGet().getPath()).matches("/actuator/health/(liveness|readiness)");
				}
			}
		});
	}

	@EveryOverlay
	void ingressesRouteToServicesThatExist(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		assertThat(rendered.all(Ingress.class)).allSatisfy((ingress) -> assertThat(ingress.getSpec().getRules())
			.allSatisfy((rule) -> assertThat(rule.getHttp().getPaths())
				.allSatisfy((path) -> assertThat(rendered.all(Service.class)
					.filter((s) -> Rendered.namespace(s).equals(Rendered.namespace(ingress)))
					.filter((s) -> s.getMetadata().getName().equals(path.getBackend().getService().getName())))
					.singleElement()
					.satisfies((s) -> assertThat(s.getSpec().getPorts())
						.anyMatch((p) -> p.getName().equals(path.getBackend().getService().getPort().getName()))))));
	}

	private static List<Workload> selected(Rendered rendered, Service service) {
		return rendered.workloads()
			.stream()
			.filter((w) -> w.longRunning() && w.namespace().equals(Rendered.namespace(service)))
			.filter((w) -> service.getSpec().getSelector() != null && !service.getSpec().getSelector().isEmpty()
					&& service.getSpec()
						.getSelector()
						.entrySet()
						.stream()
						.allMatch((e) -> e.getValue().equals(w.podLabels().get(e.getKey()))))
			.toList();
	}

	private static ContainerPort containerPort(Workload w, IntOrString port) {
		if (port == null) {
			return null;
		}
		return w.pod()
			.getContainers()
			.stream()
			.flatMap((c) -> c.getPorts().stream())
			.filter((p) -> (port.getStrVal() != null) ? port.getStrVal().equals(p.getName())
					: port.getIntVal().equals(p.getContainerPort()))
			.findFirst()
			.orElse(null);
	}

}
