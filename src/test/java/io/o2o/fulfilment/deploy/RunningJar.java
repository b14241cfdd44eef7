package io.o2o.fulfilment.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged application started with {@code java -jar} as a process of its own, on a free port. */
final class RunningJar implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static RunningJar start(Path jar, Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new RunningJar(process, log, port);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Waits until /actuator/health answers UP; fails at once when the process ends. */
    void awaitHealthy(HttpClient http, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped with exit code " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the web server has not started yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the application was not healthy within " + timeout);
    }

    String logTail(int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the application as a service manager would (SIGTERM), killing it if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
