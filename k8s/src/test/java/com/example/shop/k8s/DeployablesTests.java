package com.example.shop.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.example.shop.testsupport.deploy.Deployables;
import com.example.shop.testsupport.deploy.Deployables.Deployable;
import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One list of deployables ({@code images/deployables}) that the image build, the bases
 * and the overlays agree on.
 */
class DeployablesTests {

	@Test
	void theListNamesExactlyTheModulesThatBuildAnImage() throws IOException {
		Path root = Deployables.projectRoot();
		Set<String> optedIn = new TreeSet<>();
		try (Stream<Path> poms = Files.walk(root, 4)) {
			for (Path pom : poms.filter((p) -> p.getFileName().toString().equals("pom.xml"))
				.filter((p) -> !p.toString().contains("/target/") && !p.getParent().equals(root))
				.toList()) {
				if (Files.readString(pom).contains("<image.skip>false</image.skip>")) {
					optedIn.add(root.relativize(pom.getParent()).toString());
				}
			}
		}

		assertThat(optedIn).isEqualTo(new TreeSet<>(Deployables.all().stream().map(Deployable::module).toList()));
	}

	@Test
	void everyDeployableHasABase() {
		assertThat(Deployables.all()).isNotEmpty()
			.allSatisfy(
					(d) -> assertThat(Kustomize.k8s().resolve("base").resolve(d.image()).resolve("kustomization.yaml"))
						.isRegularFile());
	}

	@Test
	void everyDeployableRunsInTheOneClusterLayoutAndEachDomainShipsAlone() {
		List<String> images = containers("one-cluster")
			.map((c) -> ApplicationPorts.deployable(c.getImage()).orElseThrow().image())
			.toList();
		assertThat(images).containsAll(Deployables.all()
			.stream()
			.filter((d) -> !d.domain().equals("identity"))
			.map(Deployable::image)
			.toList());

		for (String domain : List.of("orders", "catalog", "billing")) {
			List<String> alone = containers("three-clusters/" + domain)
				.map((c) -> ApplicationPorts.deployable(c.getImage()).orElseThrow())
				.map(Deployable::domain)
				.distinct()
				.toList();
			assertThat(alone).as(domain).containsExactlyInAnyOrder("all", domain);
		}
	}

	@Test
	void prodRunsEveryDeployableFromTheRegistryByItsReleaseTag() {
		List<String> images = containers("prod").map(Container::getImage)
			.filter((image) -> ApplicationPorts.deployable(image).isPresent())
			.toList();

		assertThat(images).isNotEmpty()
			.allSatisfy(
					(image) -> assertThat(image).startsWith("registry.example.com/shop/").doesNotContain("SNAPSHOT"));
	}

	private static Stream<Container> containers(String overlay) {
		return Kustomize.overlay(overlay).workloads().stream().flatMap(Rendered.Workload::containers);
	}

}
