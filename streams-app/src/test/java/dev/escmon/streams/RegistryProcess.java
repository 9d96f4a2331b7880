package dev.escmon.streams;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A real Apicurio Registry (Maven Central's {@code apicurio-registry-app} distribution, unpacked by the build into
 * {@code escmon.registry.home}) as a child process on a Java 21+ JDK, in-memory storage, bound to 127.0.0.1 on
 * free ports. Missing JDK or distribution: the test fails when {@code CI} is set, and is skipped otherwise.
 */
final class RegistryProcess implements AutoCloseable {
    static final String HOME_PROPERTY = "escmon.registry.home";
    static final String JAVA_HOME_PROPERTY = "escmon.registry.java.home";
    private static final Path DEFAULT_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Duration START_DEADLINE = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int httpPort;
    private final int managementPort;
    private final Thread killOnExit;
    private final Duration startup;

    private RegistryProcess(Process process, Path log, int httpPort, int managementPort, Duration startup) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.startup = startup;
        this.killOnExit = new Thread(process::destroyForcibly, "apicurio-registry-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts the registry and waits for its readiness check; fails (CI) or skips (locally) without JDK or app. */
    static RegistryProcess start(Path workDir) throws IOException {
        Path home = Optional.ofNullable(System.getProperty(HOME_PROPERTY)).map(Path::of).orElse(null);
        if (home == null || !Files.isRegularFile(home.resolve("quarkus-run.jar"))) {
            unavailable("no Apicurio Registry distribution at " + home + " (system property " + HOME_PROPERTY
                    + ", set by the streams-app pom, which unpacks io.apicurio:apicurio-registry-app:tar.gz:all"
                    + " in pre-integration-test: run the test through `./mvnw verify`)");
        }
        Path java = findJava().orElse(null);
        if (java == null) {
            unavailable("no Java 21+ JDK for Apicurio Registry: looked at " + JAVA_HOME_PROPERTY + ", REGISTRY_JAVA_HOME, "
                    + DEFAULT_JDK + " and /usr/lib/jvm/*");
        }
        Files.createDirectories(workDir);
        int httpPort = freePort();
        int managementPort = freePort();
        Path log = workDir.resolve("registry.log");
        List<String> command = List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + workDir,
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort,
                "-Dapicurio.storage.snapshot.location=" + workDir,
                "-jar", home.resolve("quarkus-run.jar").toString());
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            await("Apicurio Registry ready on 127.0.0.1:" + managementPort).atMost(START_DEADLINE)
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue()
                                    + " before it was ready; its log:\n" + tail(log));
                        }
                        return ready(managementPort);
                    });
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw new IllegalStateException("Apicurio Registry did not start (" + e.getMessage() + "); log tail:\n"
                    + tail(log), e);
        }
        return new RegistryProcess(process, log, httpPort, managementPort, Duration.ofNanos(System.nanoTime() - began));
    }

    private static void unavailable(String why) {
        if (System.getenv("CI") != null) {
            Assertions.fail("CI must run RegistryModeIT, but: " + why);
        }
        Assumptions.abort("RegistryModeIT skipped: " + why);
    }

    /** The first Java 21+ home among: the system property, REGISTRY_JAVA_HOME, Temurin 25, any under /usr/lib/jvm. */
    static Optional<Path> findJava() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(JAVA_HOME_PROPERTY)).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("REGISTRY_JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(DEFAULT_JDK);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> all = Files.list(jvms)) {
                all.sorted().forEach(candidates::add);
            } catch (IOException ignored) {
                // only a candidate list
            }
        }
        for (Path home : candidates) {
            Path java = home.resolve("bin/java");
            if (Files.isExecutable(java) && majorVersion(home) >= 21) {
                return Optional.of(java);
            }
        }
        return Optional.empty();
    }

    /** JAVA_VERSION from the JDK's {@code release} file, 0 if unknown. */
    private static int majorVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            return 0;
        }
        return 0;
    }

    private static boolean ready(int managementPort) {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The registry's base URL, as a user gives it in {@code schema.registry.url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    Duration startup() {
        return startup;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
    }

    @Override
    public String toString() {
        return "Apicurio Registry on " + baseUrl() + " (management " + managementPort + ")";
    }
}
