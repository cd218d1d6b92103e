package com.example.shop.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.example.shop.k8s.Rendered.Workload;
import com.example.shop.testsupport.deploy.Deployables;
import com.example.shop.testsupport.deploy.Deployables.Deployable;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import static org.assertj.core.api.Assertions.assertThat;

/** What every workload of every overlay must carry. */
class WorkloadTests {

	/** The images not built here that an overlay may run: the dev overlay's databases. */
	static final Set<String> THIRD_PARTY_IMAGES = Set.of("docker.io/library/postgres:18.1",
			"docker.io/library/mongo:8.0");

	/**
	 * A batch job as Kubernetes runs it (shared DECISIONS, "Batch in Kubernetes"): on a
	 * schedule (no volume), or on demand from a suspended template that mounts the volume
	 * it reads and writes at {@code volume}.
	 */
	record BatchJob(String image, String job, String volume) {

	}

	static final List<BatchJob> BATCH_JOBS = List.of(new BatchJob("orders-batch", "daily-sales-summary", null),
			new BatchJob("orders-batch", "purge-idempotency-records", null),
			new BatchJob("catalog-batch", "product-import", "/imports"),
			new BatchJob("billing-batch", "mark-overdue", null),
			new BatchJob("billing-batch", "purge-idempotency-records", null),
			new BatchJob("billing-batch", "monthly-statements", "/statements"));

	/** Environment variables that hold credentials. */
	private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|USERNAME|_USER|SECRET)|.*MONGODB_URI");

	@EveryOverlay
	void everyImageIsOneBuildImagesBuildsOrANamedThirdPartyOne(String overlay) {
		assertThat(containers(overlay)).allSatisfy((c) -> assertThat(
				ApplicationPorts.deployable(c.getImage()).isPresent() || THIRD_PARTY_IMAGES.contains(c.getImage()))
			.as(c.getImage())
			.isTrue());
	}

	@EveryOverlay
	void everyLongRunningContainerHasStartupLivenessAndReadinessProbes(String overlay) {
		List<Workload> running = Kustomize.overlay(overlay).workloads().stream().filter(Workload::longRunning).toList();

		assertThat(running).isNotEmpty().allSatisfy((w) -> assertThat(w.pod().getContainers()).allSatisfy((c) -> {
			assertThat(c.getReadinessProbe()).as(w.node() + " readiness").isNotNull();
			assertThat(c.getLivenessProbe()).as(w.node() + " liveness").isNotNull();
			assertThat(c.getStartupProbe()).as(w.node() + " startup").isNotNull();
		}));
	}

	/**
	 * Services and batch runs log JSON lines (Spring Boot's ECS format), which carry the
	 * trace and span ids and the user id; migrations are left as they are.
	 */
	@EveryOverlay
	void everyServiceAndBatchContainerLogsStructuredJson(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		List<Map.Entry<String, Map<String, String>>> ours = rendered.workloads()
			.stream()
			.flatMap((w) -> w.containers()
				.filter((c) -> ApplicationPorts.deployable(c.getImage())
					.filter((d) -> !d.image().endsWith("-migrations"))
					.isPresent())
				.map((c) -> Map.entry(w.node() + "/" + c.getName(), ApplicationPorts.environment(rendered, w, c))))
			.filter((e) -> !"migrate".equals(e.getValue().get("SPRING_PROFILES_ACTIVE")))
			.toList();

		assertThat(ours).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getValue()).as(e.getKey())
				.containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
	}

	@EveryOverlay
	void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlay) {
		assertThat(containers(overlay)).isNotEmpty().allSatisfy((c) -> {
			Map<String, Quantity> requests = c.getResources().getRequests();
			Map<String, Quantity> limits = c.getResources().getLimits();
			assertThat(requests).as(c.getName() + " requests").containsKeys("cpu", "memory");
			assertThat(limits).as(c.getName() + " limits").containsKeys("cpu", "memory");
			assertThat(Quantity.getAmountInBytes(limits.get("memory")))
				.isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
		});
	}

	@EveryOverlay
	void everyPodRunsRestrictedWithAReadOnlyRootAndEmptyDirsWhereItWrites(String overlay) {
		assertThat(Kustomize.overlay(overlay).workloads()).allSatisfy((w) -> {
			PodSecurityContext pod = w.pod().getSecurityContext();
			assertThat(pod.getRunAsNonRoot()).as(w.node()).isTrue();
			assertThat(pod.getRunAsUser()).as(w.node()).isPositive();
			assertThat(pod.getSeccompProfile().getType()).as(w.node()).isEqualTo("RuntimeDefault");
			assertThat(w.pod().getAutomountServiceAccountToken()).as(w.node()).isFalse();
			assertThat(w.containers()).allSatisfy((c) -> {
				SecurityContext container = c.getSecurityContext();
				assertThat(container.getReadOnlyRootFilesystem()).as(w.node()).isTrue();
				assertThat(container.getAllowPrivilegeEscalation()).as(w.node()).isFalse();
				assertThat(container.getCapabilities().getDrop()).as(w.node()).containsExactly("ALL");
				assertThat(container.getCapabilities().getAdd()).as(w.node()).isNullOrEmpty();
				assertThat(container.getPrivileged()).as(w.node()).isNotEqualTo(Boolean.TRUE);
				assertThat(c.getVolumeMounts()).as(w.node() + " writes /tmp")
					.anyMatch((m) -> m.getMountPath().equals("/tmp"));
				assertThat(c.getVolumeMounts()).allSatisfy((m) -> {
					Volume volume = w.pod()
						.getVolumes()
						.stream()
						.filter((v) -> v.getName().equals(m.getName()))
						.findFirst()
						.orElse(null);
					boolean claim = w.owner() instanceof io.fabric8.kubernetes.api.model.apps.StatefulSet s
							&& s.getSpec()
								.getVolumeClaimTemplates()
								.stream()
								.anyMatch((t) -> t.getMetadata().getName().equals(m.getName()));
					assertThat(claim || (volume != null
							&& (volume.getEmptyDir() != null || volume.getPersistentVolumeClaim() != null)))
						.as(w.node() + " mounts " + m.getName())
						.isTrue();
				});
			});
		});
	}

	@EveryOverlay
	void deploymentsRollWithoutLosingCapacityAndShutDownWithinTheirGracePeriod(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		assertThat(rendered.all(Deployment.class)).isNotEmpty().allSatisfy((d) -> {
			assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
			Workload w = rendered.workloads().stream().filter((x) -> x.owner() == d).findFirst().orElseThrow();
			Container c = w.pod().getContainers().getFirst();
			Map<String, String> env = ApplicationPorts.environment(rendered, w, c);
			long preStop = c.getLifecycle().getPreStop().getSleep().getSeconds();
			long phase = seconds(env.getOrDefault("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "30s"));
			long drain = seconds(env.getOrDefault("APP_UI_DRAIN_LIMIT", "0s"));
			assertThat(w.pod().getTerminationGracePeriodSeconds()).as(w.node()).isGreaterThan(preStop + drain + phase);
		});
	}

	@EveryOverlay
	void autoscalersAndDisruptionBudgetsCoverDeploymentsThatExist(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		List<Deployment> deployments = rendered.all(Deployment.class).toList();
		assertThat(rendered.all(HorizontalPodAutoscaler.class)).allSatisfy((h) -> assertThat(deployments)
			.anyMatch((d) -> d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName())
					&& Rendered.namespace(d).equals(Rendered.namespace(h))));
		assertThat(deployments).allSatisfy(
				(d) -> assertThat(rendered.all(PodDisruptionBudget.class)).as("PDB for " + d.getMetadata().getName())
					.anyMatch((p) -> Rendered.namespace(p).equals(Rendered.namespace(d)) && Rendered
						.matches(p.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels())));
	}

	@EveryOverlay
	void migrationsRunAsBoundedJobsInTheMigratePhase(String overlay) {
		List<Job> jobs = Kustomize.overlay(overlay).all(Job.class).toList();

		assertThat(jobs).isNotEmpty().allSatisfy((j) -> {
			assertThat(j.getMetadata().getLabels()).containsEntry("shop.example.com/phase", "migrate");
			assertThat(j.getSpec().getActiveDeadlineSeconds()).isPositive();
			assertThat(j.getSpec().getBackoffLimit()).isBetween(0, 3);
			assertThat(j.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
		});
		assertThat(jobs.stream().map((j) -> j.getMetadata().getName()))
			.allMatch((name) -> name.endsWith("-migrations"));
	}

	@EveryOverlay
	void cronJobsForbidConcurrencyKeepAShortHistoryAndRunBoundedInTheBusinessZone(String overlay) {
		assertThat(Kustomize.overlay(overlay).all(CronJob.class)).isNotEmpty().allSatisfy((c) -> {
			String name = Rendered.namespace(c) + "/" + c.getMetadata().getName();
			assertThat(c.getSpec().getConcurrencyPolicy()).as(name).isEqualTo("Forbid");
			assertThat(c.getSpec().getSuccessfulJobsHistoryLimit()).as(name).isBetween(0, 3);
			assertThat(c.getSpec().getFailedJobsHistoryLimit()).as(name).isBetween(1, 3);
			JobSpec job = c.getSpec().getJobTemplate().getSpec();
			assertThat(job.getActiveDeadlineSeconds()).as(name).isPositive();
			assertThat(job.getBackoffLimit()).as(name).isBetween(0, 3);
			assertThat(job.getTemplate().getSpec().getRestartPolicy()).as(name).isEqualTo("Never");
			Container container = job.getTemplate().getSpec().getContainers().getFirst();
			String module = ApplicationPorts.deployable(container.getImage()).orElseThrow().module();
			assertThat(c.getSpec().getTimeZone()).as(name + " runs in the application's business zone")
				.isEqualTo(ApplicationPorts.settings(module).get("app.business-zone"));
			assertThat(job.getPodFailurePolicy().getRules()).as(name + " does not retry a usage error (exit 2)")
				.anyMatch((rule) -> rule.getAction().equals("FailJob") && rule.getOnExitCodes() != null
						&& container.getName().equals(rule.getOnExitCodes().getContainerName())
						&& rule.getOnExitCodes().getOperator().equals("In")
						&& rule.getOnExitCodes().getValues().contains(2));
		});
	}

	@EveryOverlay
	void everyBatchJobRunsOnItsScheduleOrFromASuspendedTemplateWithItsVolume(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);
		List<Workload> cronJobs = rendered.workloads().stream().filter((w) -> w.owner() instanceof CronJob).toList();
		Map<String, Set<String>> actual = new TreeMap<>();
		Map<String, Set<String>> expected = new TreeMap<>();
		for (Workload w : cronJobs) {
			actual.computeIfAbsent(w.node(), (node) -> new TreeSet<>()).add(w.owner().getMetadata().getName());
			expected.put(w.node(),
					BATCH_JOBS.stream()
						.filter((j) -> j.image().equals(w.name()))
						.map(BatchJob::job)
						.collect(Collectors.toCollection(TreeSet::new)));
		}
		assertThat(actual).as("every batch job has its CronJob").isNotEmpty().isEqualTo(expected);

		assertThat(cronJobs).allSatisfy((w) -> {
			CronJob cronJob = (CronJob) w.owner();
			String job = cronJob.getMetadata().getName();
			Container container = w.pod().getContainers().getFirst();
			assertThat(container.getArgs()).as(w.node() + " runs its job").first().isEqualTo(job);
			assertThat(definesJob(ApplicationPorts.deployable(container.getImage()).orElseThrow(), job))
				.as(w.node() + ": the application defines " + job)
				.isTrue();
			String volume = BATCH_JOBS.stream()
				.filter((j) -> j.image().equals(w.name()) && j.job().equals(job))
				.findFirst()
				.orElseThrow()
				.volume();
			List<String> claims = container.getVolumeMounts()
				.stream()
				.filter((m) -> m.getMountPath().equals(volume))
				.map((m) -> claim(w, m.getName()))
				.toList();
			if (volume == null) {
				assertThat(cronJob.getSpec().getSuspend()).as(job + " runs on its schedule").isNotEqualTo(Boolean.TRUE);
			}
			else {
				assertThat(cronJob.getSpec().getSuspend()).as(job + " is a template, started on demand").isTrue();
				assertThat(cronJob.getSpec().getStartingDeadlineSeconds()).as(job + " never catches up when resumed")
					.isLessThanOrEqualTo(300);
				assertThat(claims).as(job + " mounts its volume at " + volume).singleElement().satisfies((claim) -> {
					assertThat(rendered.all(PersistentVolumeClaim.class))
						.anyMatch((pvc) -> pvc.getMetadata().getName().equals(claim)
								&& Rendered.namespace(pvc).equals(w.namespace()));
				});
			}
		});
	}

	@EveryOverlay
	void credentialsComeFromSecretsNeverFromTheManifests(String overlay) {
		Rendered rendered = Kustomize.overlay(overlay);

		assertThat(rendered.workloads())
			.allSatisfy((w) -> assertThat(w.containers().flatMap((c) -> c.getEnv().stream()))
				.filteredOn((env) -> CREDENTIAL.matcher(env.getName()).matches())
				.allSatisfy((env) -> assertThat(env.getValueFrom()).as(w.node() + " " + env.getName())
					.isNotNull()
					.satisfies((from) -> assertThat(from.getSecretKeyRef()).isNotNull())));
		assertThat(rendered.all(ConfigMap.class).flatMap((m) -> m.getData().keySet().stream()))
			.noneMatch((key) -> CREDENTIAL.matcher(key).matches());
	}

	private static List<Container> containers(String overlay) {
		return Kustomize.overlay(overlay).workloads().stream().flatMap(Workload::containers).toList();
	}

	/** Where a container's volume comes from: the claim's name, or null. */
	private static String claim(Workload w, String volume) {
		return w.pod()
			.getVolumes()
			.stream()
			.filter((v) -> v.getName().equals(volume) && v.getPersistentVolumeClaim() != null)
			.map((v) -> v.getPersistentVolumeClaim().getClaimName())
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the batch application (or batch-support, which it shares) names {@code job}
	 * as one of its jobs ({@code JOB = "job"}).
	 */
	private static boolean definesJob(Deployable batch, String job) {
		Path root = Deployables.projectRoot();
		String definition = "JOB = \"" + job + "\"";
		for (Path sources : List.of(root.resolve(batch.module()), root.resolve("batch-jobs/batch-support"))) {
			try (Stream<Path> files = Files.walk(sources.resolve("src/main/java"))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
					if (Files.readString(file).contains(definition)) {
						return true;
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return false;
	}

	private static long seconds(String duration) {
		return Duration.parse("PT" + duration.toUpperCase()).toSeconds();
	}

}
