package com.example.shop.k8s;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.example.shop.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What every workload of every overlay must carry. */
class WorkloadTests {

	static final List<String> OVERLAYS = Kustomize.OVERLAYS;

	/** The images not built here that an overlay may run: the dev overlay's databases. */
	static final Set<String> THIRD_PARTY_IMAGES = Set.of("docker.io/library/postgres:18.1",
			"docker.io/library/mongo:8.0");

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyImageIsOneBuildImagesBuildsOrANamedThirdPartyOne(String overlay) {
		assertThat(containers(overlay)).allSatisfy((c) -> assertThat(
				ApplicationPorts.deployable(c.getImage()).isPresent() || THIRD_PARTY_IMAGES.contains(c.getImage()))
			.as(c.getImage())
			.isTrue());
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyLongRunningContainerHasStartupLivenessAndReadinessProbes(String overlay) {
		List<Workload> running = Kustomize.overlay(overlay).workloads().stream().filter(Workload::longRunning).toList();

		assertThat(running).isNotEmpty().allSatisfy((w) -> assertThat(w.pod().getContainers()).allSatisfy((c) -> {
			assertThat(c.getReadinessProbe()).as(w.node() + " readiness").isNotNull();
			assertThat(c.getLivenessProbe()).as(w.node() + " liveness").isNotNull();
			assertThat(c.getStartupProbe()).as(w.node() + " startup").isNotNull();
		}));
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
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

	@ParameterizedTest
	@FieldSource("OVERLAYS")
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

	@ParameterizedTest
	@FieldSource("OVERLAYS")
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

	@ParameterizedTest
	@FieldSource("OVERLAYS")
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

	@ParameterizedTest
	@FieldSource("OVERLAYS")
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

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void cronJobsForbidConcurrencyAndKeepAShortHistory(String overlay) {
		assertThat(Kustomize.overlay(overlay).all(CronJob.class)).allSatisfy((c) -> {
			assertThat(c.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
			assertThat(c.getSpec().getSuccessfulJobsHistoryLimit()).isBetween(0, 3);
			assertThat(c.getSpec().getFailedJobsHistoryLimit()).isBetween(1, 3);
		});
	}

	private static List<Container> containers(String overlay) {
		return Kustomize.overlay(overlay).workloads().stream().flatMap(Workload::containers).toList();
	}

	private static long seconds(String duration) {
		return Duration.parse("PT" + duration.toUpperCase()).toSeconds();
	}

}
