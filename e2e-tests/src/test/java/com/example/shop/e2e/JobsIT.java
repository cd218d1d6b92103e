package com.example.shop.e2e;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.example.shop.catalog.v1.Product;
import com.example.shop.e2e.data.RunPrefix;
import com.example.shop.e2e.harness.EndToEnd;
import com.example.shop.e2e.harness.Role;
import com.example.shop.e2e.harness.RunningShop;
import com.example.shop.e2e.harness.Shop;
import com.example.shop.e2e.harness.Tags;
import com.example.shop.e2e.pages.JobsPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin watches a product import run: it shows up in the Jobs view by itself, its
 * progress bar moves while it runs, and it ends with its counts and a rejects report. The
 * import is started as an operator starts one, {@code ./run-batch.sh catalog
 * product-import file=...} against the system the suite started
 * ({@value Tags#OWN_SYSTEM}: a deployment's imports run as Kubernetes Jobs, which the
 * suite does not start).
 *
 * <p>
 * It runs alone ({@code @Isolated}). The import is the suite's one bulk write: a batch
 * JVM starting and a thousand commits into the in-process MongoDB stand-in. Beside
 * another journey on two cores it took 72 s (22 s with the machine to itself), and
 * catalog calls in that window ran past the BFF's 2.5 s budget. A journey beside it then
 * lost its catalog reads: in one CI run two of {@link BadInputIT}'s journeys each waited
 * 30 s for a product that the catalog search never offered.
 */
@EndToEnd
@Isolated
@Tag(Tags.OWN_SYSTEM)
class JobsIT {

	private static final int ROWS = 10_000;

	/**
	 * Chunks of ten rows, where an operator's default is a thousand. In chunks of a
	 * thousand the 10,000 rows are ten commits, and the run can end within a few of the
	 * view's 2-second refreshes (9.6 s against the local run here; the batch benchmark's
	 * rate would take under 2 s). In chunks of ten the bar moves a thousand times, and
	 * the run took 14 s. It is the setting an operator tunes, passed as run-batch.sh
	 * passes any.
	 */
	private static final String SMALL_CHUNKS = "--app.batch.import.chunk-size=10";

	@Test
	void anAdminFollowsAnImportsProgressInTheJobsView(Shop shop) throws IOException, InterruptedException {
		JobsPage jobs = shop.signIn(Role.ADMIN).jobs();
		String prefix = RunPrefix.value() + "-IMP";
		Path file = importFile(prefix);

		Process run = shop.ownSystem()
			.runBatch(file.resolveSibling(prefix + ".log"), "catalog", "product-import", "file=" + file, SMALL_CHUNKS);

		// Started in a terminal, the run appears without a click, then its progress bar.
		JobsPage.Run running = jobs.awaitRun("catalog", "product-import", "Running", JobsPage.BAR_SHOWN,
				Duration.ofMinutes(1));
		assertThat(running.progress()).isBetween(0.0, 1.0);
		// The bar moves while the rows go in.
		JobsPage.Run later = jobs.awaitRun("catalog", running.name(), "Running", running.progress(),
				Duration.ofMinutes(1));
		assertThat(later.progress()).isGreaterThan(running.progress());

		JobsPage.Run done = jobs.awaitRun("catalog", running.name(), "Completed", Duration.ofMinutes(3));
		assertThat(done.counts()).isEqualTo("10,001 / 10,000 / 1");
		assertThat(done.progress()).as("no progress bar once it ended").isEqualTo(-1.0);
		assertThat(done.report()).isEqualTo("Download");
		assertThat(run.waitFor(1, TimeUnit.MINUTES)).as("run-batch.sh ended").isTrue();
		assertThat(run.exitValue())
			.as("run-batch.sh's exit code (its output: %s)", file.resolveSibling(prefix + ".log"))
			.isZero();

		// The catalog holds what the file said; the bad row is in the rejects report.
		Product last = shop.backends().catalog().product(prefix + "-" + ROWS);
		assertThat(last.getName()).isEqualTo(prefix + "-" + ROWS + " Imported hex bolt");
		assertThat(last.getPrice().getUnits()).isEqualTo(1_500);
		assertThat(last.getStockOnHand()).isEqualTo(500);
		assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".rejects.csv"))).contains(prefix + "-BAD",
				"category");
	}

	/**
	 * A CSV file of {@value #ROWS} good products and one whose category the catalog does
	 * not know, under {@code target/e2e-data}.
	 */
	private static Path importFile(String prefix) throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "e2e-data").toAbsolutePath());
		Path file = dir.resolve(prefix + ".csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("sku,name,category,price,stock\n");
			for (int i = 1; i <= ROWS; i++) {
				if (i == ROWS / 2) {
					out.write(prefix + "-BAD,Bolt in no category,no-such-category,1500,1\n");
				}
				out.write("%s-%d,%s-%d Imported hex bolt,%s,1500,500\n".formatted(prefix, i, prefix, i,
						RunningShop.CATEGORY));
			}
		}
		return file;
	}

}
