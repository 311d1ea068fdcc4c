package org.exhibit.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Downloads files from EDGAR the way the SEC asks: every request declares the User-Agent, requests are spaced by a
 * {@link RateLimiter}, a 429, a 5xx or a broken connection is tried again after a back-off (the server's
 * {@code Retry-After} when it gives one), and a 403 or a 429 that does not end stops the whole fetch. A file is written
 * under a temporary name, its size checked against {@code Content-Length} and its content by a {@link Check}, then
 * moved into place in one step, so that a file under its final name is always whole.
 */
public final class EdgarClient {

    /** How many times one file is asked for before the fetch gives up. */
    static final int ATTEMPTS = 5;
    private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);
    private static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(2);
    private static final int CONNECT_TIMEOUT_MILLIS = 15_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    /** Decides whether a downloaded file is whole and what it claims to be. */
    @FunctionalInterface
    public interface Check {

        /** Empty when {@code file} is good, else the reason it is not. */
        Optional<String> problem(Path file) throws IOException;
    }

    /** Hears about bytes arriving and about waits before a request is tried again. */
    public interface Listener {

        /** {@code count} more bytes arrived. */
        void received(long count);

        /** A request failed and will be tried again; {@code sentence} says why and when. */
        void retrying(String sentence);
    }

    /** What became of one download. */
    public enum Status {
        /** The file is in place, whole. */
        SAVED,
        /** The server has no such file. */
        NOT_FOUND,
        /** The server sent the whole file but it is not whole (see the reason); nothing was kept. */
        REJECTED
    }

    /**
     * A download's outcome.
     *
     * @param status what became of it
     * @param bytes the bytes kept
     * @param reason why it was rejected, else null
     */
    public record Result(Status status, long bytes, String reason) {
    }

    private final URI base;
    private final String userAgent;
    private final RateLimiter limiter;
    private final Listener listener;
    private int requests;

    /** A client for EDGAR at {@code base} (e.g. {@code https://www.sec.gov/}), at most {@code rate} requests a second. */
    public EdgarClient(URI base, String userAgent, int rate, Listener listener) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.userAgent = userAgent;
        this.limiter = new RateLimiter(rate);
        this.listener = listener;
    }

    /** How many requests were sent. */
    public int requests() {
        return requests;
    }

    /** The full address of {@code path} under the base URL. */
    public URI address(String path) {
        return base.resolve(path);
    }

    /** Downloads {@code path} (relative to the base URL) to {@code target}, replacing it only when the new file is good. */
    public Result download(String path, Path target, Check check) throws FetchException {
        URI uri = address(path);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw FetchException.failed(target.getParent() + ": the folder cannot be created (" + e + ").", e);
        }
        String last = null;
        boolean refused = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Duration wait = backOff(attempt);
            try {
                limiter.acquire();
                requests++;
                HttpURLConnection connection = open(uri.toURL());
                int code;
                try {
                    code = connection.getResponseCode();
                } finally {
                    limiter.answered();
                }
                if (code == HttpURLConnection.HTTP_OK) {
                    return save(connection, target, check);
                }
                discard(connection);
                if (code == HttpURLConnection.HTTP_NOT_FOUND || code == HttpURLConnection.HTTP_GONE) {
                    return new Result(Status.NOT_FOUND, 0, null);
                }
                if (code == HttpURLConnection.HTTP_FORBIDDEN) {
                    throw FetchException.failed("EDGAR refused " + uri + " (403 Forbidden); the SEC refuses clients"
                            + " that send no User-Agent with a contact e-mail or that ask more than ten times a second:"
                            + " check the User-Agent (\"" + userAgent + "\"), wait ten minutes and run fetch again.", null);
                }
                if (code != 429 && code < 500) {
                    throw FetchException.failed("EDGAR answered " + code + " for " + uri + "; stopped.", null);
                }
                refused = code == 429;
                last = code == 429 ? "429 Too Many Requests" : code + " " + nonNull(connection.getResponseMessage());
                Optional<Duration> asked = retryAfter(connection.getHeaderField("Retry-After"));
                if (asked.isPresent() && asked.get().compareTo(LONGEST_RETRY_AFTER) > 0) {
                    throw FetchException.failed("EDGAR answered " + last + " for " + uri + " and asked to wait "
                            + asked.get().toSeconds() + " s; stopped: run fetch again after that, it resumes where it"
                            + " stopped.", null);
                }
                wait = asked.orElse(wait);
            } catch (IOException e) {
                refused = false;
                last = "the connection failed (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw FetchException.failed("fetch was interrupted.", e);
            }
            if (attempt < ATTEMPTS) {
                listener.retrying(uri + ": " + last + "; trying again in " + seconds(wait) + ".");
                sleep(wait);
            }
        }
        if (refused) {
            throw FetchException.failed("EDGAR kept answering 429 Too Many Requests for " + uri + " (" + ATTEMPTS
                    + " tries); stopped: wait ten minutes, and lower --rate, then run fetch again; it resumes where it"
                    + " stopped.", null);
        }
        throw FetchException.failed(uri + ": " + last + ", " + ATTEMPTS + " tries; stopped: run fetch again later, it"
                + " resumes where it stopped.", null);
    }

    private HttpURLConnection open(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        connection.setInstanceFollowRedirects(false); // every request passes the rate limiter
        connection.setRequestProperty("User-Agent", userAgent);
        connection.setRequestProperty("Accept-Encoding", "gzip");
        return connection;
    }

    private Result save(HttpURLConnection connection, Path target, Check check) throws IOException {
        long promised = connection.getContentLengthLong();
        boolean gzip = "gzip".equalsIgnoreCase(connection.getContentEncoding());
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long[] received = {0};
        try {
            try (InputStream raw = new CountingStream(connection.getInputStream(), n -> {
                received[0] += n;
                listener.received(n);
            }); InputStream in = gzip ? new GZIPInputStream(raw) : raw;
                    OutputStream out = Files.newOutputStream(temporary)) {
                in.transferTo(out);
            }
            if (promised >= 0 && received[0] != promised) {
                throw new IOException("received " + received[0] + " of " + promised + " bytes");
            }
            Optional<String> problem = check.problem(temporary);
            if (problem.isPresent()) {
                Files.deleteIfExists(temporary);
                return new Result(Status.REJECTED, 0, problem.get());
            }
            long size = Files.size(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Result(Status.SAVED, size, null);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads and closes an error response, so that the connection can be used again. */
    private static void discard(HttpURLConnection connection) {
        try (InputStream error = connection.getErrorStream()) {
            if (error != null) {
                error.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            connection.disconnect();
        }
    }

    /** The wait a server asks for: a number of seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The wait before try {@code attempt + 1}: one second, doubled at each try, at most thirty. */
    static Duration backOff(int attempt) {
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << Math.min(attempt - 1, 10));
        return wait.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : wait;
    }

    private static void sleep(Duration wait) throws FetchException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.failed("fetch was interrupted.", e);
        }
    }

    private static String seconds(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                wait.toMillis() / 1000.0);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {

        private final java.util.function.LongConsumer counted;

        CountingStream(InputStream in, java.util.function.LongConsumer counted) {
            super(in);
            this.counted = counted;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted.accept(n);
            }
            return n;
        }
    }
}
