package org.exhibit.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's own, so that the tests need no library) that answers as EDGAR does at
 * EDGAR's paths: the tree of {@code src/test/resources/edgar} (quarterly master indexes, the ticker map), the corpus
 * filings under {@code Archives/edgar/data/<cik>/<accession>.txt}, an empty index for any other quarter, and 404 for
 * anything else. Faults are scripted per path, one per request, and every request is logged with its time and
 * User-Agent.
 */
public final class EdgarServer implements AutoCloseable {

    /** The tree served at the base URL. */
    public static final Path TREE = Path.of("src/test/resources/edgar");
    /** The folder of the filings served. */
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static final Pattern ACCESSION = Pattern.compile("ACCESSION NUMBER:\\s*(\\d{10}-\\d{2}-\\d{6})");
    private static final Pattern FILING = Pattern.compile("/Archives/edgar/data/(\\d+)/(\\d{10}-\\d{2}-\\d{6})\\.txt");
    private static final Pattern QUARTER = Pattern.compile("/Archives/edgar/full-index/(\\d{4})/QTR([1-4])/master\\.idx");

    /**
     * One request as the server saw it.
     *
     * @param nanos when it arrived ({@link System#nanoTime()})
     * @param path the path asked for
     * @param userAgent its User-Agent header, or null
     */
    public record Request(long nanos, String path, String userAgent) {
    }

    /** What the server does instead of (or while) answering one request. */
    public sealed interface Fault {
    }

    /** Answers {@code status} with an optional {@code Retry-After}, and no file. */
    public record Status(int status, String retryAfter) implements Fault {
    }

    /** Promises the whole file in {@code Content-Length}, sends half of it and closes the connection. */
    public record Drop() implements Fault {
    }

    /** Waits {@code millis} before answering, then answers as usual. */
    public record Delay(long millis) implements Fault {
    }

    /** Sends the file gzipped, with {@code Content-Encoding: gzip}, when the request accepts gzip. */
    public record Gzip() implements Fault {
    }

    /** Sends the file {@code chunk} bytes at a time with {@code pauseMillis} between the chunks. */
    public record Slow(int chunk, long pauseMillis) implements Fault {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "edgar-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Path> filings;
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

    /** Starts a server on a free port of 127.0.0.1. */
    public EdgarServer() throws IOException {
        this.filings = corpusByAccession();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give {@code --edgar-url}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The corpus file served for an accession number. */
    public Path filing(String accession) {
        return filings.get(accession);
    }

    /** Scripts faults for the next requests of {@code path} (e.g. {@code /files/company_tickers.json}), in order. */
    public void fault(String path, Fault... next) {
        faults.computeIfAbsent(path, p -> new java.util.concurrent.ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    /** Forgets the faults not yet used. */
    public void clearFaults() {
        faults.clear();
    }

    /** The requests so far, in the order they arrived. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The paths asked for so far, in order. */
    public List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    /** Bytes of the body of {@code path} written so far, over every request of it. */
    public long sent(String path) {
        AtomicLong count = sent.get(path);
        return count == null ? 0 : count.get();
    }

    /** Forgets the requests logged so far. */
    public void clearLog() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(System.nanoTime(), path, exchange.getRequestHeaders().getFirst("User-Agent")));
        try (exchange) {
            Deque<Fault> script = faults.get(path);
            Fault fault = script == null ? null : script.poll();
            if (fault instanceof Delay delay) {
                sleep(delay.millis());
            }
            if (fault instanceof Status status) {
                if (status.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", status.retryAfter());
                }
                byte[] body = ("status " + status.status()).getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(status.status(), body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            byte[] body = body(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (fault instanceof Gzip && accepted != null && accepted.contains("gzip")) {
                java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                    gzip.write(body);
                }
                body = zipped.toByteArray();
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            AtomicLong count = sent.computeIfAbsent(path, p -> new AtomicLong());
            if (fault instanceof Drop) {
                out.write(body, 0, body.length / 2);
                out.flush();
                count.addAndGet(body.length / 2);
                throw new DroppedOnPurpose();
            }
            int chunk = fault instanceof Slow slow ? slow.chunk() : body.length;
            for (int at = 0; at < body.length; at += chunk) {
                int length = Math.min(chunk, body.length - at);
                out.write(body, at, length);
                out.flush();
                count.addAndGet(length);
                if (fault instanceof Slow slow && at + length < body.length) {
                    sleep(slow.pauseMillis());
                }
            }
        } catch (DroppedOnPurpose | IOException e) {
            // The client went away, or the connection is dropped on purpose: closing the exchange with bytes owed
            // closes the connection.
        }
    }

    /** Thrown to leave a response unfinished. */
    private static final class DroppedOnPurpose extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DroppedOnPurpose() {
            super(null, null, false, false);
        }
    }

    private byte[] body(String path) throws IOException {
        Matcher filing = FILING.matcher(path);
        if (filing.matches()) {
            Path file = filings.get(filing.group(2));
            return file == null ? null : Files.readAllBytes(file);
        }
        Path file = TREE.resolve(path.substring(1)).normalize();
        if (file.startsWith(TREE) && Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        Matcher quarter = QUARTER.matcher(path);
        if (quarter.matches()) {
            return emptyIndex().getBytes(StandardCharsets.US_ASCII);
        }
        return null;
    }

    /** The description lines and heading of a master index, with no rows. */
    private static String emptyIndex() throws IOException {
        String sample = Files.readString(TREE.resolve("Archives/edgar/full-index/1997/QTR4/master.idx"));
        return sample.substring(0, sample.indexOf("-----")) + "-".repeat(80) + "\n";
    }

    private static Map<String, Path> corpusByAccession() throws IOException {
        Map<String, Path> byAccession = new HashMap<>();
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String head = new String(Files.readAllBytes(file), 0, (int) Math.min(4000, Files.size(file)),
                        StandardCharsets.ISO_8859_1);
                Matcher accession = ACCESSION.matcher(head);
                if (accession.find()) {
                    byAccession.put(accession.group(1), file);
                }
            }
        }
        return byAccession;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
