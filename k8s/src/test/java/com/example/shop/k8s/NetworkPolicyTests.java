package com.example.shop.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.example.shop.k8s.PolicyGraph.Edge;
import com.example.shop.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NetworkPolicies allow exactly the architecture's edges (shared DECISIONS,
 * "Security"): ingress -> ui-app and identity provider; ui-app -> orders, catalog,
 * billing, identity provider; each backend -> its database and the identity provider;
 * batch n and migrations n -> database n; every pod -> kube-dns:53 and the OTLP
 * collector; monitoring -> every management port. Nothing missing, nothing extra, and
 * both ends of an in-cluster edge allow it.
 */
class NetworkPolicyTests {

	private static final List<String> BACKENDS = List.of("orders", "catalog", "billing");

	private static final Map<String, String> SERVICE_PORT = Map.of("ui-app", "8080", "orders", "8081", "catalog",
			"9090", "billing", "8083", "identity-provider", "9000");

	private static final Map<String, String> MANAGEMENT_PORT = Map.of("ui-app", "9080", "orders", "9081", "catalog",
			"8082", "billing", "9083");

	private static final Map<String, String> DATABASE_PORT = Map.of("orders", "5432", "billing", "5432", "catalog",
			"27017");

	@EveryOverlay
	void theAllowedGraphIsExactlyTheArchitecturesEdges(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		PolicyGraph graph = new PolicyGraph(rendered);
		Set<Edge> allowed = new TreeSet<>(graph.egress);
		allowed.addAll(graph.ingress);

		assertThat(graph.tooBroad).isEmpty();
		assertThat(allowed).containsExactlyInAnyOrderElementsOf(expected(overlay, rendered));
	}

	@EveryOverlay
	void bothEndsOfEveryInClusterEdgeAllowIt(String overlay) {
		PolicyGraph graph = new PolicyGraph(Kustomize.overlay(overlay));
		Set<Edge> allowed = new TreeSet<>(graph.egress);
		allowed.addAll(graph.ingress);

		assertThat(allowed.stream().filter((e) -> graph.inOverlay(e.from())))
			.allSatisfy((e) -> assertThat(graph.egress).as("the sender's egress").contains(e));
		assertThat(allowed.stream().filter((e) -> graph.inOverlay(e.to())))
			.allSatisfy((e) -> assertThat(graph.ingress).as("the receiver's ingress").contains(e));
	}

	@EveryOverlay
	void everyNamespaceWithPodsDeniesByDefault(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		Set<String> namespaces = new TreeSet<>(rendered.workloads().stream().map(Workload::namespace).toList());

		assertThat(namespaces).isNotEmpty()
			.allSatisfy((ns) -> assertThat(rendered.all(NetworkPolicy.class)).anyMatch(
					(p) -> Rendered.namespace(p).equals(ns) && p.getSpec().getPodSelector().getMatchLabels().isEmpty()
							&& p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
							&& p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
							&& p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty()));
	}

	/** The architecture's edges for the parts this overlay runs, where it runs them. */
	static Set<Edge> expected(String overlay, Rendered rendered) {
		boolean inClusterServices = overlay.equals("dev");
		boolean threeClusters = overlay.startsWith("three-clusters/");
		List<Workload> workloads = rendered.workloads();
		Set<Edge> edges = new TreeSet<>();
		String identity = inClusterServices ? "shop-identity/identity-provider" : "identity-provider";
		String identityPort = inClusterServices ? "9000" : "443";
		for (Workload w : workloads) {
			edges.add(new Edge(w.node(), "kube-dns", "UDP/53"));
			edges.add(new Edge(w.node(), "kube-dns", "53"));
			edges.add(new Edge(w.node(), "otlp-collector", "4317"));
			edges.add(new Edge(w.node(), "otlp-collector", "4318"));
			String name = w.name();
			if (MANAGEMENT_PORT.containsKey(name)) {
				edges.add(new Edge("monitoring", w.node(), MANAGEMENT_PORT.get(name)));
			}
			if (name.equals("ui-app")) {
				edges.add(new Edge("ingress", w.node(), "8080"));
				edges.add(new Edge(w.node(), identity, identityPort));
				for (String backend : BACKENDS) {
					List<String> targets = nodes(workloads, backend);
					if (targets.isEmpty() && threeClusters) {
						targets = List.of(backend + "@" + backend + "-cluster");
					}
					targets.forEach((t) -> edges.add(new Edge(w.node(), t, SERVICE_PORT.get(backend))));
				}
			}
			if (BACKENDS.contains(name)) {
				edges.add(new Edge(w.node(), identity, identityPort));
				edges.add(new Edge(w.node(), database(w, inClusterServices), DATABASE_PORT.get(name)));
				if (threeClusters) {
					BACKENDS.stream()
						.filter((other) -> !other.equals(name))
						.forEach((other) -> edges
							.add(new Edge("ui-app@" + other + "-cluster", w.node(), SERVICE_PORT.get(name))));
				}
			}
			String domain = name.replaceAll("-(migrations|batch)$", "");
			if (!domain.equals(name) && BACKENDS.contains(domain)) {
				edges.add(new Edge(w.node(), database(w, inClusterServices).replace(name, domain),
						DATABASE_PORT.get(domain)));
			}
		}
		if (inClusterServices && !nodes(workloads, "identity-provider").isEmpty()) {
			edges.add(new Edge("ingress", identity, "9000"));
		}
		return edges;
	}

	private static String database(Workload w, boolean inCluster) {
		String domain = w.name().replaceAll("-(migrations|batch)$", "");
		return inCluster ? w.namespace() + "/" + domain + "-database" : domain + "-database";
	}

	private static List<String> nodes(List<Workload> workloads, String name) {
		return workloads.stream().filter((w) -> w.name().equals(name)).map(Workload::node).toList();
	}

}
