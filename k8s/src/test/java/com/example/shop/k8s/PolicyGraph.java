package com.example.shop.k8s;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.shop.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The traffic an overlay's NetworkPolicies allow, as a graph read from the policies'
 * selectors (never from their names): who may open a connection to whom on which port.
 * Pods are named {@code namespace/app}; what runs outside the overlay by its role
 * ({@code kube-dns}, {@code ingress}, {@code monitoring}, {@code otlp-collector}), and an
 * address range by the {@code shop.example.com/peer} annotation of its policy.
 */
final class PolicyGraph {

	/** One allowed connection. */
	record Edge(String from, String to, String port) implements Comparable<Edge> {

		@Override
		public int compareTo(Edge other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return this.from + " -> " + this.to + ":" + this.port;
		}

	}

	/** The cluster's own parts, outside the overlay, by namespace and pod label. */
	private static final Map<String, String> WELL_KNOWN = Map.of("kube-system k8s-app=kube-dns", "kube-dns",
			"ingress-nginx app.kubernetes.io/name=ingress-nginx", "ingress",
			"monitoring app.kubernetes.io/name=prometheus", "monitoring",
			"observability app.kubernetes.io/name=opentelemetry-collector", "otlp-collector");

	private final Rendered rendered;

	/** What egress rules allow (the sender's side). */
	final Set<Edge> egress = new LinkedHashSet<>();

	/** What ingress rules allow (the receiver's side). */
	final Set<Edge> ingress = new LinkedHashSet<>();

	/** Rules too broad to be an edge (no peer, no port): each is a finding. */
	final List<String> tooBroad = new ArrayList<>();

	PolicyGraph(Rendered rendered) {
		this.rendered = rendered;
		rendered.all(NetworkPolicy.class).forEach(this::read);
	}

	private void read(NetworkPolicy policy) {
		String namespace = Rendered.namespace(policy);
		String name = namespace + "/" + policy.getMetadata().getName();
		List<String> subjects = this.rendered.workloads()
			.stream()
			.filter((w) -> w.namespace().equals(namespace))
			.filter((w) -> Rendered.matches(policy.getSpec().getPodSelector(), w.podLabels()))
			.map(Workload::node)
			.toList();
		String annotated = (policy.getMetadata().getAnnotations() != null)
				? policy.getMetadata().getAnnotations().get("shop.example.com/peer") : null;
		policy.getSpec()
			.getIngress()
			.forEach((rule) -> rule(name + " ingress", rule.getFrom(), rule.getPorts(), subjects, namespace, annotated,
					(peer, subject, port) -> this.ingress.add(new Edge(peer, subject, port))));
		policy.getSpec()
			.getEgress()
			.forEach((rule) -> rule(name + " egress", rule.getTo(), rule.getPorts(), subjects, namespace, annotated,
					(peer, subject, port) -> this.egress.add(new Edge(subject, peer, port))));
	}

	/** Where an edge of one direction goes. */
	private interface Sink {

		void add(String peer, String subject, String port);

	}

	private void rule(String where, List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports, List<String> subjects,
			String namespace, String annotated, Sink sink) {
		if (peers.isEmpty() || ports.isEmpty()) {
			this.tooBroad.add(where + " rule without peers or ports");
		}
		for (NetworkPolicyPeer peer : peers) {
			for (String node : peers(peer, namespace, annotated, where)) {
				for (String subject : subjects) {
					ports.forEach((port) -> sink.add(node, subject, port(port)));
				}
			}
		}
	}

	private List<String> peers(NetworkPolicyPeer peer, String namespace, String annotated, String policy) {
		if (peer.getIpBlock() != null) {
			if (annotated == null) {
				this.tooBroad.add(policy + ": an address range without a shop.example.com/peer annotation");
				return List.of();
			}
			return List.of(annotated);
		}
		LabelSelector namespaces = peer.getNamespaceSelector();
		LabelSelector pods = peer.getPodSelector();
		if (namespaces != null && namespaces.getMatchLabels() != null
				&& namespaces.getMatchLabels().containsKey("kubernetes.io/metadata.name") && pods != null
				&& pods.getMatchLabels() != null) {
			String ns = namespaces.getMatchLabels().get("kubernetes.io/metadata.name");
			for (Map.Entry<String, String> label : pods.getMatchLabels().entrySet()) {
				String known = WELL_KNOWN.get(ns + " " + label.getKey() + "=" + label.getValue());
				if (known != null) {
					return List.of(known);
				}
			}
		}
		List<String> nodes = this.rendered.workloads()
			.stream()
			.filter((w) -> (namespaces == null) ? w.namespace().equals(namespace)
					: Rendered.matches(namespaces, this.rendered.namespaceLabels(w.namespace())))
			.filter((w) -> Rendered.matches(pods, w.podLabels()))
			.map(Workload::node)
			.toList();
		if (nodes.isEmpty() && namespaces != null && namespaces.getMatchLabels() != null && pods != null
				&& pods.getMatchLabels() != null && pods.getMatchLabels().containsKey("app.kubernetes.io/name")) {
			// A named part of the overlay that has no workload yet (the dev identity
			// provider before its base exists).
			String ns = namespaces.getMatchLabels().get("kubernetes.io/metadata.name");
			if (ns != null && this.rendered.namespaces().contains(ns)) {
				return List.of(ns + "/" + pods.getMatchLabels().get("app.kubernetes.io/name"));
			}
		}
		return nodes;
	}

	private static String port(NetworkPolicyPort port) {
		String protocol = (port.getProtocol() != null) ? port.getProtocol() : "TCP";
		String number = (port.getPort().getIntVal() != null) ? port.getPort().getIntVal().toString()
				: port.getPort().getStrVal();
		return (protocol.equals("TCP") ? "" : protocol + "/") + number;
	}

	/**
	 * Whether {@code node} is a pod of this overlay (so its own policies must allow its
	 * side).
	 */
	boolean inOverlay(String node) {
		return this.rendered.workloads().stream().anyMatch((w) -> w.node().equals(node));
	}

}
