package dev.grantry.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prepares what the load runs of {@code bench/run.sh} send, through Grantry's public endpoints only, as a user and an
 * operator would: applications registered with the initial access token (RFC 7591), a user signed in and consenting
 * on the real pages, authorization codes from the real authorization endpoint, refresh tokens from real redemptions.
 * After the runs, with the server stopped, it counts the token records and audit events in the database.
 *
 * <pre>
 * Prepare setup   BASE INITIAL_TOKEN USERNAME PASSWORD DIR   applications, sign-in, consent: DIR/bench.properties
 * Prepare codes   DIR COUNT FILE                              COUNT fresh codes, one per line
 * Prepare refresh DIR COUNT FILE                              COUNT refresh tokens (each from a redeemed code)
 * Prepare auditor DIR                                         an access token with audit:read: DIR/audit-token.txt
 * Prepare count   JDBC_URL FILE                               token records and TOKEN_ISSUED events, to FILE
 * </pre>
 */
public final class Prepare {

    static final String REDIRECT_URI = "http://127.0.0.1:9/callback";
    static final String SCOPE = "repo:read";
    /** One PKCE verifier for every code (RFC 7636 §4.1): the server still hashes and compares it per redemption. */
    static final String VERIFIER = "bench-verifier-0123456789-0123456789-0123456789";

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"%s\"[^>]*action=\"([^\"]*)\"");

    private static final Logger LOG = Logger.getLogger(Prepare.class.getName());

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final Properties bench;

    private Prepare(Properties bench) {
        this.bench = bench;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                // As wrk and browsers speak it here; no h2c upgrade.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], args[3], args[4], Path.of(args[5]));
            case "codes" -> write(Path.of(args[3]), load(Path.of(args[1])).codes(Integer.parseInt(args[2])));
            case "refresh" -> write(Path.of(args[3]), load(Path.of(args[1])).refreshTokens(Integer.parseInt(args[2])));
            // A file, not the console: a token is a secret.
            case "auditor" ->
                write(
                        Path.of(args[1]).resolve("audit-token.txt"),
                        List.of(load(Path.of(args[1])).auditorToken()));
            case "count" -> write(Path.of(args[2]), count(args[1]));
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        }
    }

    private static void setup(String base, String initialToken, String username, String password, Path dir)
            throws Exception {
        Properties bench = new Properties();
        bench.setProperty("base", base);
        bench.setProperty("initial_token", initialToken);
        Prepare prepare = new Prepare(bench);
        JsonObject service =
                prepare.register(initialToken, "bench-service", List.of("client_credentials"), null, SCOPE);
        JsonObject introspector = prepare.register(
                initialToken, "bench-introspector", List.of("client_credentials"), null, "token:introspect");
        JsonObject web = prepare.register(
                null, "bench-web", List.of("authorization_code", "refresh_token"), REDIRECT_URI, SCOPE);
        JsonObject consent =
                prepare.register(null, "bench-consent", List.of("authorization_code"), REDIRECT_URI, SCOPE);
        bench.setProperty("service.authorization", basic(service));
        bench.setProperty("introspector.authorization", basic(introspector));
        bench.setProperty("web.authorization", basic(web));
        bench.setProperty("web.client_id", web.getString("client_id"));
        bench.setProperty("consent.client_id", consent.getString("client_id"));
        bench.setProperty("verifier", VERIFIER);
        bench.setProperty("redirect_uri", REDIRECT_URI);

        prepare.signInAndConsent(username, password);
        bench.setProperty("consent.path", prepare.pendingConsentPath());
        bench.setProperty("cookie", prepare.sessionCookie());
        bench.setProperty("access_token", prepare.clientCredentialsToken(basic(service), SCOPE));
        try (var out = Files.newBufferedWriter(dir.resolve("bench.properties"))) {
            bench.store(out, "Prepared by dev.grantry.bench.Prepare");
        }
        LOG.info(() -> "Prepared applications, a signed-in session and a consent page in " + dir);
    }

    private static Prepare load(Path dir) throws IOException {
        Properties bench = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("bench.properties"))) {
            bench.load(in);
        }
        Prepare prepare = new Prepare(bench);
        String[] cookie = bench.getProperty("cookie").split("=", 2);
        HttpCookie stored = new HttpCookie(cookie[0], cookie[1]);
        stored.setPath("/");
        stored.setVersion(0);
        prepare.cookies.getCookieStore().add(URI.create(bench.getProperty("base")), stored);
        return prepare;
    }

    private JsonObject register(
            String initialToken, String name, List<String> grantTypes, String redirectUri, String scope)
            throws IOException, InterruptedException {
        JsonObjectBuilder metadata = Json.createObjectBuilder()
                .add("client_name", name)
                .add("grant_types", Json.createArrayBuilder(grantTypes))
                .add("token_endpoint_auth_method", "client_secret_basic")
                .add("scope", scope);
        if (redirectUri != null) {
            metadata.add("redirect_uris", Json.createArrayBuilder(List.of(redirectUri)));
        }
        HttpRequest.Builder request = request("/oauth/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(metadata.build().toString()));
        if (initialToken != null) {
            request.header("Authorization", "Bearer " + initialToken);
        }
        HttpResponse<String> response = send(request.build());
        expect(201, response);
        return json(response.body());
    }

    /** Signs in on the login page and authorizes bench-web once on the consent page, as a browser would. */
    private void signInAndConsent(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = browse(send(
                request(authorizePath(bench.getProperty("web.client_id"))).GET().build()));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:signIn", "Sign in");
        HttpResponse<String> consentPage = browse(submit(loginPage.body(), "login", form));
        if (consentPage.uri().getPath().equals("/login")) {
            // The first sign-in right after start-up sometimes lands on the login page again; the second never has.
            consentPage = browse(submit(consentPage.body(), "login", form));
        }
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("consent", "consent");
        decision.put("consent:authorize", "Authorize");
        HttpResponse<String> decided = submit(consentPage.body(), "consent", decision);
        if (decided.statusCode() == 200) {
            // As with the first sign-in, the first decision right after start-up sometimes shows the page again.
            decided = submit(decided.body(), "consent", decision);
        }
        String callback = follow(decided);
        if (!callback.startsWith(REDIRECT_URI + "?code=")) {
            throw new IllegalStateException("Consent did not end at the callback but at " + callback);
        }
    }

    /** Follows {@code response}'s redirects within Grantry, as a browser would, to the page they end at. */
    private HttpResponse<String> browse(HttpResponse<String> response) throws IOException, InterruptedException {
        while (response.statusCode() / 100 == 3) {
            response = send(request(follow(response)).GET().build());
        }
        expect(200, response);
        return response;
    }

    /** The consent page of a fresh request by bench-consent, which the user never authorized. */
    private String pendingConsentPath() throws IOException, InterruptedException {
        HttpResponse<String> page = browse(send(request(authorizePath(bench.getProperty("consent.client_id")))
                .GET()
                .build()));
        URI uri = page.uri();
        if (!uri.getRawPath().equals("/consent")) {
            throw new IllegalStateException("Expected the consent page, got " + uri);
        }
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No session cookie after signing in"));
    }

    private String clientCredentialsToken(String authorization, String scope) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/oauth/token")
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + encode(scope)))
                .build());
        expect(200, response);
        return json(response.body()).getString("access_token");
    }

    /** A client_credentials token of a new application that the initial access token gave {@code audit:read}. */
    private String auditorToken() throws IOException, InterruptedException {
        JsonObject auditor = register(
                bench.getProperty("initial_token"), "bench-auditor", List.of("client_credentials"), null, "audit:read");
        return clientCredentialsToken(basic(auditor), "audit:read");
    }

    /** {@code count} fresh codes for bench-web, from 4 parallel requests at a time. */
    private List<String> codes(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> codes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                codes.add(pool.submit(this::code));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> code : codes) {
                result.add(code.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    private String code() throws IOException, InterruptedException {
        String callback = follow(send(
                request(authorizePath(bench.getProperty("web.client_id"))).GET().build()));
        if (!callback.startsWith(REDIRECT_URI + "?code=")) {
            throw new IllegalStateException("The authorization endpoint sent to " + callback);
        }
        return query(URI.create(callback).getRawQuery()).get("code");
    }

    private List<String> refreshTokens(int count) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (String code : codes(count)) {
            HttpResponse<String> response = send(request("/oauth/token")
                    .header("Authorization", bench.getProperty("web.authorization"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code
                            + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_verifier=" + VERIFIER))
                    .build());
            expect(200, response);
            tokens.add(json(response.body()).getString("refresh_token"));
        }
        return tokens;
    }

    /** The token records and the runs' TOKEN_ISSUED events, as {@code name=count} lines. */
    private static List<String> count(String jdbcUrl) throws SQLException {
        List<String> counts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "grantry", "grantry")) {
            counts.add("access_token_records="
                    + single(connection, "SELECT COUNT(*) FROM issued_token WHERE kind = 'ACCESS'"));
            counts.add("refresh_token_records="
                    + single(connection, "SELECT COUNT(*) FROM issued_token WHERE kind = 'REFRESH'"));
            // A build from before the audit trail (compared with --war) has no events to count; the events that
            // --audit-events filled in are not the runs'.
            if (connection
                    .getMetaData()
                    .getTables(null, null, "AUDIT_EVENT", null)
                    .next()) {
                counts.add("token_issued_events="
                        + single(
                                connection,
                                "SELECT COUNT(*) FROM audit_event WHERE event_type = 'TOKEN_ISSUED'" + " AND node <> '"
                                        + AuditFill.NODE + "'"));
            }
        }
        return counts;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String authorizePath(String clientId) {
        return "/oauth/authorize?response_type=code&client_id=" + clientId + "&redirect_uri=" + encode(REDIRECT_URI)
                + "&scope=" + encode(SCOPE) + "&state=bench&code_challenge=" + s256(VERIFIER)
                + "&code_challenge_method=S256";
    }

    /** Posts the page's form {@code formId} with {@code fields} and its view state, as the browser does. */
    private HttpResponse<String> submit(String page, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher action =
                Pattern.compile(String.format(FORM_ACTION.pattern(), formId)).matcher(page);
        // The view state inside this form (a page with several forms has one per form).
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!action.find() || !viewState.find(action.end())) {
            throw new IllegalStateException("No form " + formId + " on the page:\n" + page);
        }
        fields.put("jakarta.faces.ViewState", unescape(viewState.group(1)));
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(unescape(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Where a redirect goes: a path on Grantry, or the full callback URL. */
    private String follow(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException(
                    "Expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        String base = bench.getProperty("base");
        return location.startsWith(base) ? location.substring(base.length()) : location;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(bench.getProperty("base") + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String basic(JsonObject client) {
        String credentials = client.getString("client_id") + ":" + client.getString("client_secret");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#58;", ":");
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
        LOG.info(() -> "Wrote " + lines.size() + " lines to " + file);
    }
}
