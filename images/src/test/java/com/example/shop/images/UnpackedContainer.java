package com.example.shop.images;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An image started the way a container runtime starts it, without one: its layers
 * unpacked, the root made read-only, {@code /tmp} a fresh tmpfs (the Kubernetes
 * emptyDir), {@code /proc}, {@code /dev}, {@code /etc/hosts} and {@code /etc/resolv.conf}
 * mounted as the kubelet mounts them, in private mount and PID namespaces
 * ({@code unshare}), then the image's own entrypoint under {@code chroot} as the image's
 * user with the image's environment. Nothing of the host's JDK is reachable from inside.
 * Needs root (as CI runs).
 */
final class UnpackedContainer implements AutoCloseable {

	private static final String START = """
			set -e
			root="$1"; shift
			user="$1"; shift
			mount --bind "$root" "$root"
			mount -o remount,bind,ro "$root"
			mount -t proc proc "$root/proc"
			mount --rbind /dev "$root/dev"
			mount -t tmpfs -o mode=1777,size=256m tmpfs "$root/tmp"
			mount --bind /etc/hosts "$root/etc/hosts"
			mount --bind /etc/resolv.conf "$root/etc/resolv.conf"
			exec %s --userspec="$user" "$root" "$@"
			""";

	private final String name;

	private final Path rootfs;

	private final Process process;

	private final List<String> output = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private UnpackedContainer(String name, Path rootfs, Process process) {
		this.name = name;
		this.rootfs = rootfs;
		this.process = process;
		Thread.ofPlatform().daemon().name(name + "-output").start(this::copyOutput);
	}

	/**
	 * Unpacks {@code image} and starts its entrypoint.
	 * @param image the image
	 * @param settings environment on top of the image's (as a Deployment's {@code env})
	 */
	static UnpackedContainer start(OciImage image, Map<String, String> settings)
			throws IOException, InterruptedException {
		return start(image, settings, List.of());
	}

	/**
	 * Unpacks {@code image} and starts its entrypoint with {@code args} (as a pod's
	 * {@code args}: after the entrypoint, in place of the image's own).
	 * @param image the image
	 * @param settings environment on top of the image's (as a Deployment's {@code env})
	 * @param args the arguments
	 */
	static UnpackedContainer start(OciImage image, Map<String, String> settings, List<String> args)
			throws IOException, InterruptedException {
		Path rootfs = image.unpack(Path.of("target/rootfs", image.name()).toAbsolutePath());
		// Mount points a container runtime creates before it starts the process.
		Files.createDirectories(rootfs.resolve("proc"));
		Files.createDirectories(rootfs.resolve("dev"));
		Files.createDirectories(rootfs.resolve("tmp"));
		Files.createDirectories(rootfs.resolve("etc"));
		for (String file : List.of("etc/hosts", "etc/resolv.conf")) {
			if (!Files.exists(rootfs.resolve(file))) {
				Files.createFile(rootfs.resolve(file));
			}
		}
		List<String> command = new ArrayList<>(
				List.of(host("unshare"), "--mount", "--pid", "--fork", "--kill-child=SIGTERM", host("sh"), "-c",
						START.formatted(host("chroot")), "start", rootfs.toString(), image.user()));
		command.addAll(image.entrypoint());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(image.environment());
		builder.environment().putAll(settings);
		return new UnpackedContainer(image.name(), rootfs, builder.start());
	}

	private static String host(String command) {
		for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return dir + "/" + command;
			}
		}
		throw new IllegalStateException(command + " is not installed (util-linux, coreutils)");
	}

	/**
	 * Polls {@code url} until it answers 200.
	 * @return the body of that answer
	 */
	String awaitOk(URI url, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException(this.name + " exited " + this.process.exitValue() + ":\n" + output());
			}
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return response.body();
				}
			}
			catch (IOException notListeningYet) {
				// Still starting.
			}
			this.process.waitFor(250, TimeUnit.MILLISECONDS);
		}
		throw new IOException(this.name + " did not answer 200 on " + url + " within " + timeout + ":\n" + output());
	}

	/** The application's process (PID 1 inside), as the host sees it. */
	Optional<ProcessHandle> application() {
		return this.process.descendants().filter((p) -> p.info().command().isPresent()).reduce((a, b) -> b);
	}

	/** What {@code /proc/<pid>/exe} of the application names, from the host. */
	Path executable() throws IOException {
		ProcessHandle application = application().orElseThrow();
		return Files.readSymbolicLink(Path.of("/proc", Long.toString(application.pid()), "exe"));
	}

	Path rootfs() {
		return this.rootfs;
	}

	synchronized String output() {
		return String.join("\n", this.output);
	}

	private void copyOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				System.out.println("[" + this.name + "] " + line);
				synchronized (this) {
					this.output.add(line);
				}
			}
		}
		catch (IOException ended) {
			// The process ended.
		}
	}

	/** SIGTERM to the application, as the kubelet sends it; returns at once. */
	void terminate() {
		application().orElseThrow().destroy();
	}

	/**
	 * Waits for the container's process to end.
	 * @return whether it ended within {@code timeout}
	 */
	boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * The application's resident memory, as the kernel counts it for the container's
	 * memory limit (what k8s/README.md's requests and limits start from).
	 */
	long residentMegabytes() throws IOException {
		return memory(application().orElseThrow(), "VmRSS:");
	}

	/**
	 * Waits for a run-to-completion application (a batch Job's) to end, noting the
	 * highest resident memory it reached.
	 * @return its exit code and peak resident memory
	 */
	Completion awaitCompletion(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long peak = 0;
		while (this.process.isAlive()) {
			if (System.nanoTime() > deadline) {
				throw new IOException(this.name + " did not end within " + timeout + ":\n" + output());
			}
			Optional<ProcessHandle> application = application();
			if (application.isPresent()) {
				try {
					peak = Math.max(peak, memory(application.get(), "VmHWM:"));
				}
				catch (IOException ended) {
					// Gone between the look and the read.
				}
			}
			this.process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		return new Completion(this.process.exitValue(), peak);
	}

	/** How a run-to-completion application ended. */
	record Completion(int exitCode, long peakResidentMegabytes) {

	}

	private static long memory(ProcessHandle process, String field) throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
			.stream()
			.filter((line) -> line.startsWith(field))
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
			.findFirst()
			// A process that has just exited (a zombie) still has a status without
			// memory.
			.orElseThrow(() -> new IOException(process.pid() + " has ended: its status has no " + field));
	}

	/**
	 * SIGTERM to the application, as the kubelet stops a container (straight to it: the
	 * parent-death signal {@code unshare} would send is cleared when {@code chroot}
	 * changes the user); killed if it has not ended within 30 s.
	 */
	@Override
	public void close() throws InterruptedException {
		if (!this.process.isAlive()) {
			return;
		}
		List<ProcessHandle> inside = this.process.descendants().toList();
		application().ifPresent(ProcessHandle::destroy);
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			inside.forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly().waitFor();
		}
		inside.forEach((p) -> p.onExit().join());
	}

}
