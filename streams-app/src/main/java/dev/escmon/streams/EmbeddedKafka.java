package dev.escmon.streams;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one), in this JVM, from {@code kafka_2.13}.
 * Storage is formatted on first use only, so a broker restarted on the same folder keeps its topics.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final boolean deleteOnClose;
    private final Properties config;
    /** Extra arguments of the storage format (SCRAM credentials written into the first metadata). */
    private final List<String> formatArguments = new ArrayList<>();
    /** What every client of this broker needs besides bootstrap.servers (empty without SASL). */
    private final Map<String, String> clientSecurity = new java.util.HashMap<>();
    private KafkaRaftServer server;

    private EmbeddedKafka(int port, int controllerPort, Path dir, boolean deleteOnClose, Map<String, String> overrides) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
        this.deleteOnClose = deleteOnClose;
        this.config = brokerProperties(port, controllerPort, dir);
        this.config.putAll(overrides);
    }

    /**
     * A broker on free ports in a temporary folder whose only client listener is SASL_PLAINTEXT with
     * SCRAM-SHA-512 logins, and which enforces ACLs (KRaft's StandardAuthorizer; no ACL means no access).
     * {@code superUser} is the broker's own principal (inter-broker and controller traffic) and the only
     * super user; its SCRAM credential is written at format time, so it can log in before anyone created it.
     * Create other users with {@code Admin.alterUserScramCredentials} and grant them ACLs, logged in as the
     * super user ({@link #superUserClientProperties()}).
     */
    public static EmbeddedKafka startTemporaryScram(String superUser, String superPassword) throws Exception {
        if (!superUser.matches("[A-Za-z0-9_.-]+") || superPassword.contains("\"") || superPassword.contains(",")
                || superPassword.contains("]")) {
            throw new IllegalArgumentException("super user name must be [A-Za-z0-9_.-]+, password without \" , ]");
        }
        int port = freePort();
        int controllerPort = freePort();
        String scramLogin = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + superUser + "\" password=\"" + superPassword + "\";";
        Map<String, String> overrides = new java.util.HashMap<>();
        overrides.put("listeners", "SASL_PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        overrides.put("advertised.listeners", "SASL_PLAINTEXT://localhost:" + port);
        overrides.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        overrides.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        // clients and the broker itself log in with SCRAM on the client listener...
        overrides.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        overrides.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        overrides.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", scramLogin);
        // ...but SCRAM credentials live in the metadata log the controller serves, so the controller listener
        // takes PLAIN with the one user defined right here (a controller cannot check SCRAM before it has that log)
        overrides.put("sasl.mechanism.controller.protocol", "PLAIN");
        overrides.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        overrides.put("listener.name.controller.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + superUser
                        + "\" password=\"" + superPassword + "\" user_" + superUser + "=\"" + superPassword + "\";");
        overrides.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        overrides.put("super.users", "User:" + superUser);
        overrides.put("allow.everyone.if.no.acl.found", "false");
        EmbeddedKafka kafka = new EmbeddedKafka(port, controllerPort, Files.createTempDirectory("escmon-kafka-"), true,
                overrides);
        kafka.formatArguments.addAll(List.of("--add-scram",
                "SCRAM-SHA-512=[name=" + superUser + ",password=" + superPassword + "]"));
        kafka.clientSecurity.put("security.protocol", "SASL_PLAINTEXT");
        kafka.clientSecurity.put("sasl.mechanism", "SCRAM-SHA-512");
        kafka.clientSecurity.put("sasl.jaas.config", scramLogin);
        kafka.start();
        return kafka;
    }

    /** A broker on free ports in a temporary folder removed on close (tests). */
    public static EmbeddedKafka startTemporary(Map<String, String> overrides) throws Exception {
        EmbeddedKafka kafka = new EmbeddedKafka(freePort(), freePort(), Files.createTempDirectory("escmon-kafka-"), true,
                overrides);
        kafka.start();
        return kafka;
    }

    /** A broker keeping its data in {@code dir}, resuming it when it already holds a formatted log. */
    public static EmbeddedKafka startPersistent(Path dir, int port, int controllerPort) throws Exception {
        Files.createDirectories(dir);
        EmbeddedKafka kafka = new EmbeddedKafka(port, controllerPort, dir, false, Map.of());
        kafka.start();
        return kafka;
    }

    /** Same data folder and ports, new broker instance: a broker restart. */
    public EmbeddedKafka restartedCopy() {
        Map<String, String> overrides = new java.util.HashMap<>();
        config.stringPropertyNames().forEach(k -> overrides.put(k, config.getProperty(k)));
        EmbeddedKafka copy = new EmbeddedKafka(port, controllerPort, dir, deleteOnClose, overrides);
        copy.clientSecurity.putAll(clientSecurity);
        return copy;
    }

    public void start() throws Exception {
        Path logs = dir.resolve("data");
        if (!Files.exists(logs.resolve("meta.properties"))) {
            Path file = dir.resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                config.store(out, "embedded kafka");
            }
            List<String> format = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(),
                    "-c", file.toString(), "--ignore-formatted"));
            format.addAll(formatArguments);
            int rc = StorageTool.execute(format.toArray(new String[0]),
                    new PrintStream(OutputStream.nullOutputStream()));
            if (rc != 0) {
                throw new IllegalStateException("formatting Kafka storage in " + logs + " failed (rc=" + rc + ")");
            }
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
        awaitReady();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Client settings that reach this broker with full rights: bootstrap.servers, and on a SCRAM broker the
     * super user's login.
     */
    public Properties superUserClientProperties() {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", bootstrapServers());
        p.putAll(clientSecurity);
        return p;
    }

    static Properties brokerProperties(int port, int controllerPort, Path dir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.resolve("data").toString());
        // a single node: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        // the log cleaner's default dedupe buffer takes 128 MiB of heap
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        return p;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Map<String, Object> conf = new java.util.HashMap<>(clientSecurity);
        conf.putAll(Map.of("bootstrap.servers", bootstrapServers(),
                "request.timeout.ms", 2000, "default.api.timeout.ms", 2000));
        while (true) {
            try (Admin admin = Admin.create(conf)) {
                if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("embedded Kafka did not become ready on " + bootstrapServers(), e);
                }
                Thread.onSpinWait();
            }
        }
    }

    /** Whether a server could bind {@code localhost:port} now. */
    public static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Stops the broker (controlled shutdown); keeps the data unless it was temporary. */
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        if (deleteOnClose) {
            deleteRecursively(dir);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
