package dev.escmon.streams;

import dev.escmon.avro.ActorCount;
import dev.escmon.avro.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue #7: on a broker that takes only SCRAM-SHA-512 logins and enforces ACLs, the app ({@code escmon run}, its
 * login from {@code ESCMON_*} environment variables) and the publisher ({@code publish --config}) work with
 * exactly the ACLs {@link AppAcls} lists (docs/SECURITY.md); a wrong password, no login at all, and a valid
 * login without ACLs get nothing. Embedded broker only: it needs the broker's SASL listener and super user.
 * The app's test runs first, so the refused clients face topics that hold records.
 */
@Tag("embedded-only")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {
    private static final String SUPER_USER = "admin";
    private static final String SUPER_PASSWORD = "admin-secret";
    private static final String APP_USER = "escmon";
    private static final String APP_PASSWORD = "app-secret-7f3a";
    private static final String PUBLISHER_USER = "escmon-publisher";
    private static final String PUBLISHER_PASSWORD = "publisher-secret-91c2";
    private static final String OUTSIDER_USER = "outsider";
    private static final String OUTSIDER_PASSWORD = "outsider-secret";
    private static final String APPLICATION_ID = "escmon-sec";
    private static final Topics TOPICS = new Topics("sec-");

    private static EmbeddedKafka kafka;
    private static Process app;
    private static Path appOutput;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.startTemporaryScram(SUPER_USER, SUPER_PASSWORD);
        List<AclBinding> acls = new ArrayList<>(AppAcls.streamsApp("User:" + APP_USER, APPLICATION_ID, TOPICS));
        acls.addAll(AppAcls.publisher("User:" + PUBLISHER_USER, TOPICS));
        try (Admin admin = Admin.create(kafka.superUserClientProperties())) {
            List<String> users = List.of(APP_USER, PUBLISHER_USER, OUTSIDER_USER);
            admin.alterUserScramCredentials(List.of(
                    scram(APP_USER, APP_PASSWORD), scram(PUBLISHER_USER, PUBLISHER_PASSWORD),
                    scram(OUTSIDER_USER, OUTSIDER_PASSWORD))).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
            // both are served by the broker from its copy of the metadata: once it shows them, it enforces them
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(admin.describeUserScramCredentials(users).all().get(10, TimeUnit.SECONDS)).hasSize(3);
                assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                        .containsExactlyInAnyOrderElementsOf(acls);
            });
        }
        app = startRunCommand();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy(); // SIGTERM: the shutdown hook closes the streams client
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static UserScramCredentialUpsertion scram(String user, String password) {
        return new UserScramCredentialUpsertion(user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
                password);
    }

    private static String scramLogin(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** {@code escmon run} as an operator starts it: the built jar, every setting from ESCMON_* variables. */
    private static Process startRunCommand() throws IOException {
        Path jar = Path.of("target", "escmon.jar");
        assertThat(jar).as("the packaged app (mvn package runs before the integration tests)").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "run");
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("ESCMON_"));
        env.put("ESCMON_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("ESCMON_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        env.put("ESCMON_SASL_MECHANISM", "SCRAM-SHA-512");
        env.put("ESCMON_SASL_JAAS_CONFIG", scramLogin(APP_USER, APP_PASSWORD));
        env.put("ESCMON_APPLICATION_ID", APPLICATION_ID);
        env.put("ESCMON_TOPIC_PREFIX", "sec-");
        env.put("ESCMON_TOPICS_PARTITIONS", "2");
        env.put("ESCMON_TOPICS_REPLICATION_FACTOR", "1");
        env.put("ESCMON_HTTP_PORT", "0");
        env.put("ESCMON_STATE_DIR", dir.resolve("state").toString());
        env.put("ESCMON_COMMIT_INTERVAL_MS", "100");
        appOutput = dir.resolve("run.out");
        builder.redirectErrorStream(true).redirectOutput(appOutput.toFile());
        return builder.start();
    }

    private static String appOutput() {
        try {
            return Files.exists(appOutput) ? Files.readString(appOutput) : "(no output)";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", kafka.bootstrapServers());
        p.setProperty("security.protocol", "SASL_PLAINTEXT");
        p.setProperty("sasl.mechanism", "SCRAM-SHA-512");
        p.setProperty("sasl.jaas.config", scramLogin(user, password));
        return p;
    }

    private static KafkaConsumer<String, byte[]> consumer(Properties props) {
        props.setProperty("default.api.timeout.ms", "10000");
        props.setProperty("request.timeout.ms", "5000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Test
    @Order(1)
    void shouldCountArticlesPublishedWithCredentialsWhenTheAppHasExactlyItsAcls() throws Exception {
        Path config = dir.resolve("publisher.properties");
        Properties publisher = login(PUBLISHER_USER, PUBLISHER_PASSWORD);
        publisher.setProperty("topic.prefix", "sec-");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            publisher.store(out, "publisher login");
        }
        Path articles = dir.resolve("articles.jsonl");
        Files.writeString(articles, String.join("\n",
                "{\"id\":\"sec-1\",\"title\":\"Talks\",\"outlet\":\"Northbridge Wire\",\"language\":\"en\","
                        + "\"published\":\"2025-03-01T12:00:00Z\",\"body\":\"Claudia Sheinbaum met with Marco Rubio in Mexico City.\"}",
                "{\"id\":\"sec-2\",\"title\":\"Follow-up\",\"outlet\":\"Harbour Ledger\",\"language\":\"en\","
                        + "\"published\":\"2025-03-01T15:00:00Z\",\"body\":\"Marco Rubio said the talks with Claudia Sheinbaum went well.\"}",
                ""));
        // the app, logged in as itself, creates its topics
        try (Admin admin = Admin.create(kafka.superUserClientProperties())) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(app.isAlive()).as("escmon run exited:\n%s", appOutput()).isTrue();
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).as("app output:\n%s", appOutput())
                        .contains(TOPICS.articles().name(), TOPICS.actorCounts().name());
            });
        }
        int rc = new CommandLine(new Main()).execute("publish", "--quiet", "--config", config.toString(),
                articles.toString());
        assertThat(rc).as("publish exit code").isZero();

        Properties reader = kafka.superUserClientProperties();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(app.isAlive()).as("escmon run exited:\n%s", appOutput()).isTrue();
            Map<String, ActorCount> counts = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : KafkaTestSupport.readAll(reader, TOPICS.actorCounts().name())) {
                counts.put(r.key(), TOPICS.actorCounts().valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
            assertThat(counts).as("actor-counts; app output:\n%s", appOutput())
                    .containsKeys("claudia-sheinbaum|P7D", "marco-rubio|P7D");
            assertThat(counts.get("claudia-sheinbaum|P7D").getArticles()).isEqualTo(2);
            assertThat(counts.get("marco-rubio|P7D").getSources()).isEqualTo(2);
        });
        // the effective configuration the app printed names the login settings but never the password
        assertThat(appOutput()).contains("sasl.jaas.config=[hidden]").doesNotContain(APP_PASSWORD);
        // an app that got everything it asked for logs no authorization failure
        assertThat(appOutput()).doesNotContain("AuthorizationException");
    }

    @Test
    @Order(2)
    void shouldRefuseAConsumerWithAWrongPassword() {
        try (KafkaConsumer<String, byte[]> consumer = consumer(login(APP_USER, "not-the-password"))) {
            assertThatThrownBy(() -> consumer.partitionsFor(TOPICS.actorCounts().name()))
                    .isInstanceOf(SaslAuthenticationException.class)
                    .hasMessageContaining("SCRAM-SHA-512");
        }
    }

    @Test
    @Order(3)
    void shouldGiveNothingToAConsumerWithoutCredentials() {
        Properties plain = new Properties();
        plain.setProperty("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer = consumer(plain)) {
            consumer.assign(List.of(new TopicPartition(TOPICS.actorCounts().name(), 0)));
            consumer.seekToBeginning(consumer.assignment());
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int received = 0;
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                received += records.count();
            }
            assertThat(received).as("records read without logging in").isZero();
            // the broker drops every plaintext request on its SASL listener: not even metadata comes back
            assertThatThrownBy(() -> consumer.partitionsFor(TOPICS.actorCounts().name(), Duration.ofSeconds(5)))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    @Order(4)
    void shouldDenyAnAuthenticatedUserWithoutAclsReadingActorCounts() {
        try (KafkaConsumer<String, byte[]> consumer = consumer(login(OUTSIDER_USER, OUTSIDER_PASSWORD))) {
            consumer.assign(List.of(new TopicPartition(TOPICS.actorCounts().name(), 0)));
            consumer.seekToBeginning(consumer.assignment());
            assertThatThrownBy(() -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    assertThat(consumer.poll(Duration.ofMillis(500))).as("records read without ACLs").isEmpty();
                }
            }).isInstanceOfSatisfying(TopicAuthorizationException.class, e ->
                    assertThat(e.unauthorizedTopics()).containsExactly(TOPICS.actorCounts().name()));
        }
    }
}
