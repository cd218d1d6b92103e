package com.example.shop.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every overlay renders offline with {@code kubectl kustomize} and every object it
 * renders is one the Kubernetes API model knows, field by field.
 */
class RenderingTests {

	@EveryOverlay
	void rendersIntoObjectsTheApiModelKnowsWithNoUnknownField(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);

		assertThat(rendered.objects()).isNotEmpty();
		for (HasMetadata object : rendered.objects()) {
			assertThat(StrictModel.unknownFields(object))
				.as("%s %s/%s", object.getKind(), Rendered.namespace(object), object.getMetadata().getName())
				.isEmpty();
		}
	}

	@EveryOverlay
	void putsEveryNamespacedObjectInANamespaceTheOverlayCreates(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);

		assertThat(rendered.objects().stream().filter((o) -> !(o instanceof io.fabric8.kubernetes.api.model.Namespace)))
			.allSatisfy((o) -> assertThat(rendered.namespaces()).as(o.getKind() + " " + o.getMetadata().getName())
				.contains(o.getMetadata().getNamespace()));
	}

	@Test
	void everyOverlayDirectoryIsCheckedOrPartOfOneThatIs() throws IOException {
		Path overlays = Kustomize.k8s().resolve("overlays");
		try (Stream<Path> files = Files.walk(overlays)) {
			List<String> dirs = files.filter((f) -> f.getFileName().toString().equals("kustomization.yaml"))
				.map((f) -> overlays.relativize(f.getParent()).toString())
				.toList();
			assertThat(dirs).allSatisfy((dir) -> assertThat(
					Kustomize.OVERLAYS.stream().anyMatch((o) -> dir.equals(o) || dir.startsWith(o + "/")))
				.as(dir)
				.isTrue());
		}
	}

	@Test
	void aMisspeltFieldIsCaught() {
		List<HasMetadata> objects = Kustomize.parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: x
				spec:
				  replica: 2
				  template:
				    spec:
				      containers:
				        - name: x
				          image: x
				          readinesProbe: {}
				""");

		assertThat(StrictModel.unknownFields(objects.getFirst())).containsExactlyInAnyOrder(".spec.replica",
				".spec.template.spec.containers[0].readinesProbe");
	}

	@Test
	void aWrongTypeIsCaught() {
		assertThatThrownBy(() -> Kustomize.parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: x
				spec:
				  replicas: [2]
				""")).hasMessageContaining("replicas");
	}

	@Test
	void anUnknownKindIsCaught() {
		List<HasMetadata> objects = Kustomize.parse("""
				apiVersion: example.com/v1
				kind: Gizmo
				metadata:
				  name: x
				""");

		assertThat(StrictModel.unknownFields(objects.getFirst())).singleElement().asString().contains("Gizmo");
	}

}
