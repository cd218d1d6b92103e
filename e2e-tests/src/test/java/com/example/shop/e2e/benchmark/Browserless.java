package com.example.shop.e2e.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser, without the browser: it signs in through the identity provider's
 * login form and opens tabs of the Vaadin UI by speaking Vaadin Flow's own protocol over
 * HTTP, as its client engine ({@code FlowClient.js}) does. A tab is a server-side UI: the
 * init request creates it and navigates it to the route, UIDL requests carry what the
 * client would send (the grid asking for its rows, an empty request for the changes a
 * push would have brought) and heartbeats keep it open. Its cookies are its own, per
 * server ({@code host:port}), so hundreds of sessions share one {@link HttpClient}.
 */
final class Browserless {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient http;

	private final URI ui;

	private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

	private final List<Tab> tabs = new CopyOnWriteArrayList<>();

	Browserless(HttpClient http, URI ui) {
		this.http = http;
		this.ui = ui;
	}

	/**
	 * Signs in as a person does: the UI sends the browser to the identity provider, the
	 * login form is filled in, the provider sends it back with a code, and the UI's
	 * session is signed in.
	 */
	void signIn(String user, String password) throws IOException {
		Page page = follow(get(this.ui.resolve("/")));
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IOException("No sign-in form at " + page.uri() + " (HTTP " + page.status() + ")");
		}
		Page signedIn = follow(
				post(page.uri(), Map.of("username", user, "password", password, "_csrf", csrf.group(1))));
		if (signedIn.status() != 200 || !signedIn.uri().getAuthority().equals(this.ui.getAuthority())) {
			throw new IOException(
					"Signing in as " + user + " ended at " + signedIn.uri() + " with " + signedIn.status());
		}
	}

	/**
	 * Opens a tab on a route ("" for the dashboard, "orders" for the order list): the
	 * page, then Vaadin's init request, which creates the UI and shows the view.
	 */
	Tab open(String route) throws IOException {
		Page page = follow(get(this.ui.resolve("/" + route)));
		if (page.status() != 200) {
			throw new IOException("Opening /" + route + " answered " + page.status());
		}
		String query = "v-r=init&location=" + encode(route) + "&query=&v-browserDetails=1"
				+ "&v-sw=1920&v-sh=1080&v-wn=ROOT-benchmark&v-td=0&v-tzo=-540&v-rtzo=-540&v-dstd=0&v-dston=false"
				+ "&v-tzid=Asia%2FSeoul&v-curdate=" + System.currentTimeMillis() + "&v-ch=false&v-pr=1&v-np=Linux";
		Page init = send(HttpRequest.newBuilder(this.ui.resolve("/?" + query)).GET());
		if (init.status() != 200) {
			throw new IOException("Vaadin's init request for /" + route + " answered " + init.status());
		}
		JsonNode config = JSON.readTree(init.body()).path("appConfig");
		int uiId = config.path("v-uiId").asInt(-1);
		JsonNode uidl = config.path("uidl");
		if (uiId < 0 || uidl.isMissingNode()) {
			throw new IOException("Vaadin's init answer has no UI: " + abbreviate(init.body()));
		}
		Tab tab = new Tab(uiId, uidl.path("Vaadin-Security-Key").asString(), uidl.path("syncId").asInt());
		this.tabs.add(tab);
		tab.navigate(route);
		return tab;
	}

	/** The tabs opened and not closed. */
	List<Tab> tabs() {
		return this.tabs;
	}

	/** Forgets its tabs as a crashed or closed browser does: nothing is sent. */
	void vanish() {
		this.tabs.clear();
	}

	/** One open tab: a Vaadin UI on the server. */
	final class Tab {

		private final int uiId;

		private final String csrfToken;

		private int syncId;

		private int clientId;

		Tab(int uiId, String csrfToken, int syncId) {
			this.uiId = uiId;
			this.csrfToken = csrfToken;
			this.syncId = syncId;
		}

		/**
		 * What the client engine sends once the UI exists: the {@code ui-navigate} event
		 * on the root node, which makes the server show the route's view. The rows of its
		 * grids are then requested.
		 */
		void navigate(String route) throws IOException {
			ArrayNode rpc = JSON.createArrayNode();
			ObjectNode event = rpc.addObject();
			event.put("type", "event");
			event.put("node", 1);
			event.put("event", "ui-navigate");
			ObjectNode data = event.putObject("data");
			data.put("route", route);
			data.put("query", "");
			data.put("appShellTitle", "");
			data.putNull("historyState");
			data.put("trigger", "");
			requestRows(uidl(rpc));
		}

		/** The heartbeat the client engine sends every {@code heartbeatInterval}. */
		void heartbeat() throws IOException {
			Page answer = send(
					HttpRequest.newBuilder(Browserless.this.ui.resolve("/?v-r=heartbeat&v-uiId=" + this.uiId))
						.POST(HttpRequest.BodyPublishers.noBody()));
			if (answer.status() != 200) {
				throw new IOException("Heartbeat of UI " + this.uiId + " answered " + answer.status());
			}
		}

		/**
		 * An empty UIDL request: the server answers with the changes made since the last
		 * (what the push channel would have delivered), and the rows any grid among them
		 * asks for are requested.
		 */
		void sync() throws IOException {
			requestRows(uidl(JSON.createArrayNode()));
		}

		/** Every grid the changes create asks for its first page of rows. */
		private void requestRows(JsonNode uidl) throws IOException {
			ArrayNode rpc = JSON.createArrayNode();
			for (JsonNode change : uidl.path("changes")) {
				if ("vaadin-grid".equals(change.path("value").asString(null))
						&& "tag".equals(change.path("key").asString(null))) {
					ObjectNode call = rpc.addObject();
					call.put("type", "publishedEventHandler");
					call.put("node", change.path("node").asInt());
					call.put("templateEventMethodName", "setViewportRange");
					call.putArray("templateEventMethodArgs").add(0).add(50);
					call.put("promise", 0);
				}
			}
			if (!rpc.isEmpty()) {
				uidl(rpc);
			}
		}

		private JsonNode uidl(ArrayNode rpc) throws IOException {
			ObjectNode body = JSON.createObjectNode();
			body.put("csrfToken", this.csrfToken);
			body.set("rpc", rpc);
			body.put("syncId", this.syncId);
			body.put("clientId", this.clientId);
			Page answer = send(HttpRequest.newBuilder(Browserless.this.ui.resolve("/?v-r=uidl&v-uiId=" + this.uiId))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
			String text = answer.body();
			if (answer.status() != 200 || !text.startsWith("{")) {
				throw new IOException(
						"UIDL of UI " + this.uiId + " answered " + answer.status() + ": " + abbreviate(text));
			}
			JsonNode uidl = JSON.readTree(text);
			if (uidl.path("meta").has("sessionExpired")) {
				throw new IOException("UI " + this.uiId + " was closed by the server: " + abbreviate(text));
			}
			this.syncId = uidl.path("syncId").asInt(this.syncId);
			this.clientId = uidl.path("clientId").asInt(this.clientId + 1);
			return uidl;
		}

	}

	private HttpRequest.Builder get(URI uri) {
		return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET();
	}

	private HttpRequest.Builder post(URI uri, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	/** Sends, then follows redirects (as GETs) with this browser's cookies. */
	private Page follow(HttpRequest.Builder first) throws IOException {
		Page page = send(first);
		for (int hops = 0; page.status() / 100 == 3; hops++) {
			if (hops == 10) {
				throw new IOException("More than ten redirects from " + page.uri());
			}
			URI next = page.uri().resolve(page.location());
			page = send(get(next));
		}
		return page;
	}

	private Page send(HttpRequest.Builder builder) throws IOException {
		HttpRequest request = builder.timeout(TIMEOUT).build();
		Map<String, String> jar = this.cookies.computeIfAbsent(request.uri().getAuthority(),
				(authority) -> new ConcurrentHashMap<>());
		HttpRequest withCookies = jar.isEmpty() ? request
				: HttpRequest.newBuilder(request, (name, value) -> true)
					.header("Cookie",
							jar.entrySet()
								.stream()
								.map((e) -> e.getKey() + "=" + e.getValue())
								.collect(Collectors.joining("; ")))
					.build();
		try {
			HttpResponse<String> response = this.http.send(withCookies, HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				Matcher cookie = COOKIE.matcher(header);
				if (cookie.find()) {
					if (header.toLowerCase().contains("max-age=0")) {
						jar.remove(cookie.group(1).strip());
					}
					else {
						jar.put(cookie.group(1).strip(), cookie.group(2));
					}
				}
			}
			return new Page(response.uri(), response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}

	private record Page(URI uri, int status, String body, String location) {
	}

}
