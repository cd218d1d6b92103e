package com.example.shop.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/** One overlay's objects, with what the checks ask of them. */
record Rendered(String overlay, List<HasMetadata> objects) {

	/** A pod-running object: where it runs, its name, its pods' labels and spec. */
	record Workload(HasMetadata owner, String namespace, String name, Map<String, String> podLabels, PodSpec pod) {

		/** {@code namespace/name}, as the policy graph names it. */
		String node() {
			return this.namespace + "/" + this.name;
		}

		boolean longRunning() {
			return this.owner instanceof Deployment || this.owner instanceof StatefulSet;
		}

		Stream<Container> containers() {
			return Stream.concat(this.pod.getInitContainers().stream(), this.pod.getContainers().stream());
		}

	}

	<T extends HasMetadata> Stream<T> all(Class<T> kind) {
		return this.objects.stream().filter(kind::isInstance).map(kind::cast);
	}

	List<Workload> workloads() {
		return this.objects.stream().flatMap((o) -> switch (o) {
			case Deployment d -> Stream.of(workload(d, d.getSpec().getTemplate().getMetadata().getLabels(),
					d.getSpec().getTemplate().getSpec()));
			case StatefulSet s -> Stream.of(workload(s, s.getSpec().getTemplate().getMetadata().getLabels(),
					s.getSpec().getTemplate().getSpec()));
			case Job j -> Stream.of(workload(j, j.getSpec().getTemplate().getMetadata().getLabels(),
					j.getSpec().getTemplate().getSpec()));
			case CronJob c ->
				Stream.of(workload(c, c.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels(),
						c.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));
			default -> Stream.empty();
		}).toList();
	}

	private static Workload workload(HasMetadata owner, Map<String, String> labels, PodSpec pod) {
		String name = labels.getOrDefault("app.kubernetes.io/name", owner.getMetadata().getName());
		return new Workload(owner, namespace(owner), name, labels, pod);
	}

	static String namespace(HasMetadata object) {
		return Optional.ofNullable(object.getMetadata().getNamespace()).orElse("default");
	}

	/**
	 * A namespace's labels as the API server sets them (with
	 * kubernetes.io/metadata.name).
	 */
	Map<String, String> namespaceLabels(String name) {
		Map<String, String> labels = new java.util.HashMap<>(
				all(Namespace.class).filter((n) -> n.getMetadata().getName().equals(name))
					.findFirst()
					.map((n) -> n.getMetadata().getLabels())
					.orElse(Map.of()));
		labels.put("kubernetes.io/metadata.name", name);
		return labels;
	}

	List<String> namespaces() {
		return all(Namespace.class).map((n) -> n.getMetadata().getName()).toList();
	}

	Optional<ConfigMap> configMap(String namespace, String name) {
		return all(ConfigMap.class)
			.filter((c) -> namespace(c).equals(namespace) && c.getMetadata().getName().equals(name))
			.findFirst();
	}

	/** Whether {@code selector} (null or empty: everything) selects {@code labels}. */
	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return true;
		}
		Map<String, String> actual = (labels != null) ? labels : Map.of();
		if (selector.getMatchLabels() != null && !selector.getMatchLabels()
			.entrySet()
			.stream()
			.allMatch((e) -> e.getValue().equals(actual.get(e.getKey())))) {
			return false;
		}
		return selector.getMatchExpressions() == null || selector.getMatchExpressions().stream().allMatch((e) -> {
			String value = actual.get(e.getKey());
			return switch (e.getOperator()) {
				case "In" -> value != null && e.getValues().contains(value);
				case "NotIn" -> value == null || !e.getValues().contains(value);
				case "Exists" -> value != null;
				case "DoesNotExist" -> value == null;
				default -> throw new IllegalArgumentException("operator " + e.getOperator());
			};
		});
	}

}
