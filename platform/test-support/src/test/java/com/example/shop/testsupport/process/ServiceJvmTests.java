package com.example.shop.testsupport.process;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The benchmarks' backends run as deployed: the images' JVM flags, inside the memory
 * limit the Kubernetes manifests give the services.
 */
class ServiceJvmTests {

	@Test
	void productionFlagsAreTheImagesFlagsInsideTheServicesMemoryLimit() throws IOException {
		String pom = Files.readString(ServiceJvm.repositoryRoot().resolve("pom.xml"));
		List<String> imageFlags = Pattern.compile("<jvmFlag>([^<]+)</jvmFlag>")
			.matcher(pom)
			.results()
			.map((m) -> m.group(1).strip())
			.toList();
		List<Integer> limits = List.of("orders", "billing", "catalog")
			.stream()
			.map(ServiceJvmTests::memoryLimit)
			.toList();

		List<String> production = ServiceJvm.jvmFlags("production");

		assertThat(imageFlags).contains("-XX:MaxRAMPercentage=75");
		assertThat(production).containsAll(imageFlags).noneMatch((flag) -> flag.startsWith("-XX:TieredStopAtLevel"));
		assertThat(limits).as("the three services' memory limits, MiB").containsOnly(768);
		assertThat(production).contains("-XX:MaxRAM=768m");
	}

	@Test
	void quickStartIsTheDefaultsFirstTierOnlyAndAnotherProfileIsRefusedByName() {
		assertThat(ServiceJvm.jvmFlags("quick-start")).contains("-XX:TieredStopAtLevel=1");
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceJvm.jvmFlags("fast"))
			.withMessageContaining("shop.service-jvm")
			.withMessageContaining("'fast'");
	}

	@Test
	void aServiceThatDiesWhileStartingSaysWhyInTheExceptionNotOnlyInItsLog(@TempDir Path dir) throws IOException {
		Path jar = dir.resolve("broken.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.NoSuchMain");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			out.flush();
		}
		ServiceJvm broken = new ServiceJvm("broken", jar, List.of(), URI.create("http://127.0.0.1:1/"),
				new PrintStream(OutputStream.nullOutputStream()), "[broken] ");

		broken.start();

		assertThatIOException().isThrownBy(() -> broken.awaitReady(Duration.ofMinutes(1)))
			.withMessageStartingWith("broken exited during start-up (exit code 1)")
			.withMessageContaining("com.example.NoSuchMain");
	}

	/** The container memory limit, in MiB, of the service's Kubernetes deployment. */
	private static int memoryLimit(String service) {
		try {
			String deployment = Files
				.readString(ServiceJvm.repositoryRoot().resolve("k8s/base/" + service + "/deployment.yaml"));
			return Pattern.compile("limits:\\s*\\n(?:\\s+cpu:[^\\n]*\\n)?\\s+memory:\\s*(\\d+)Mi")
				.matcher(deployment)
				.results()
				.map((m) -> Integer.parseInt(m.group(1)))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no memory limit in " + service + "'s deployment"));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
