package dev.escmon.avro;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registry mode without a registry: configuration, and the errors that must not need one. */
class RegistrySerdeTest {

    private static Properties registryAt(String url) {
        Properties props = new Properties();
        props.setProperty("schema.registry.url", url);
        // fail fast against the closed port below instead of Apicurio's default retries
        props.setProperty("apicurio.registry.retry-count", "0");
        return props;
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Article article() {
        Instant t = Instant.parse("2025-02-10T12:00:00Z");
        return Article.newBuilder().setId("a1").setUrl(null).setOutlet("Wire").setTitle("").setBody("Text.")
                .setLanguage("en").setPublishedAt(t).setIngestedAt(t).setAuthors(List.of()).setTags(List.of()).build();
    }

    @Test
    void shouldUseSingleObjectEncodingUnlessARegistryUrlIsSet() {
        assertThat(Topics.from(new Properties()).articles().valueSerde()).isInstanceOf(SingleObjectSerde.class);
        Properties blank = new Properties();
        blank.setProperty("schema.registry.url", " ");
        assertThat(Topics.from(blank).registry()).isNull();
        Topics topics = Topics.from(registryAt("http://registry:8080"));
        assertThat(topics.articles().valueSerde()).isInstanceOf(RegistrySerde.class);
        assertThat(topics.alerts().valueSerde()).isInstanceOf(RegistrySerde.class);
        assertThat(topics.dictionary().valueSerde()).isNotInstanceOf(RegistrySerde.class);
        assertThat(topics.valueSchemas()).containsOnlyKeys("articles", "actor-counts", "escalation-signals",
                "escalation-alerts");
    }

    @Test
    void shouldAddTheApiPathUnlessTheUrlHasIt() {
        assertThat(RegistryConfig.apiUrlOf("http://registry:8080")).isEqualTo("http://registry:8080/apis/registry/v3");
        assertThat(RegistryConfig.apiUrlOf("http://registry:8080/")).isEqualTo("http://registry:8080/apis/registry/v3");
        assertThat(RegistryConfig.apiUrlOf("https://r.example/apis/registry/v3"))
                .isEqualTo("https://r.example/apis/registry/v3");
    }

    @Test
    void shouldKeepAutoRegistrationOffAndPassApicurioSettingsThrough() {
        Properties props = registryAt("http://registry:8080");
        props.setProperty("apicurio.registry.auth.username", "svc");
        props.setProperty("bootstrap.servers", "k:9092");
        RegistryConfig config = RegistryConfig.from(props).orElseThrow();
        assertThat(config.autoRegister()).isFalse();
        assertThat(config.passThrough()).containsEntry("apicurio.registry.auth.username", "svc")
                .doesNotContainKey("bootstrap.servers");
        props.setProperty("schema.registry.auto.register", "true");
        assertThat(RegistryConfig.from(props).orElseThrow().autoRegister()).isTrue();
        assertThat(RegistryConfig.isRegistryKey("schema.registry.url")).isTrue();
        assertThat(RegistryConfig.isRegistryKey("apicurio.registry.tls.trust-all")).isTrue();
        assertThat(RegistryConfig.isRegistryKey("bootstrap.servers")).isFalse();
    }

    @Test
    void shouldRejectValuesNotInTheWireFormatWithoutAskingTheRegistry() throws IOException {
        Topics topics = Topics.from(registryAt("http://127.0.0.1:" + closedPort()));
        var deserializer = topics.articles().valueSerde().deserializer();
        assertThatThrownBy(() -> deserializer.deserialize("articles", "plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("not the Confluent wire format")
                .hasMessageContaining("706C61696E");
        byte[] singleObject = new SingleObjectSerde<Article>(Article.getClassSchema()).encode(article());
        assertThatThrownBy(() -> deserializer.deserialize("articles", singleObject))
                .isInstanceOf(SerializationException.class).hasMessageContaining("C301");
        assertThatThrownBy(() -> deserializer.deserialize("articles", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("000001");
        assertThat(deserializer.deserialize("articles", null)).isNull();
    }

    @Test
    void shouldBlameTheRegistryOnlyForNetworkFailuresNotForACorruptBody() {
        assertThat(RegistrySerde.isUnavailable(new RuntimeException(new java.net.ConnectException("refused")))).isTrue();
        assertThat(RegistrySerde.isUnavailable(new RuntimeException(new java.net.SocketTimeoutException()))).isTrue();
        assertThat(RegistrySerde.isUnavailable(new RuntimeException(new java.io.EOFException()))).isFalse();
        assertThat(RegistrySerde.isUnavailable(new org.apache.avro.AvroRuntimeException("malformed"))).isFalse();
    }

    @Test
    void shouldReportAnUnreachableRegistryAsUnavailableNotAsABadRecord() throws IOException {
        Topics topics = Topics.from(registryAt("http://127.0.0.1:" + closedPort()));
        byte[] wellFormed = {0, 0, 0, 0, 7, 2, 'a', '1'};
        assertThatThrownBy(() -> topics.articles().valueSerde().deserializer().deserialize("articles", wellFormed))
                .isInstanceOf(SchemaRegistryUnavailableException.class).hasMessageContaining("not reachable");
        assertThatThrownBy(() -> topics.articles().valueSerde().serializer().serialize("articles", article()))
                .isInstanceOf(SchemaRegistryUnavailableException.class).hasMessageContaining("not reachable");
    }
}
