package dev.escmon.streams;

import dev.escmon.avro.Article;
import dev.escmon.avro.EscalationAlert;
import dev.escmon.avro.EscalationSignal;
import dev.escmon.avro.Level;
import dev.escmon.avro.Topics;
import dev.escmon.producer.ArticleReader;
import dev.escmon.recognition.DictionaryLoader;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled corpus with the default dictionary: a visible US–Mexico escalation and de-escalation, a quiet sea. */
class SampleCorpusEscalationTest {
    @TempDir
    Path stateDir;

    @Test
    void shouldShowTheUsMexicoEscalationAndStayQuietElsewhere() {
        Topics topics = new Topics("");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "corpus");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        List<EscalationAlert> alerts = new ArrayList<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EscalationTopology.build(topics, new DictionaryHolder(DictionaryLoader.loadDefault())), props)) {
            TestInputTopic<String, Article> in = driver.createInputTopic(topics.articles().name(),
                    topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
            TestOutputTopic<String, EscalationAlert> out = driver.createOutputTopic(topics.alerts().name(),
                    topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
            TestOutputTopic<String, EscalationSignal> signals = driver.createOutputTopic(topics.signals().name(),
                    topics.signals().keySerde().deserializer(), topics.signals().valueSerde().deserializer());
            SampleCorpus.read(new ArticleReader(), parsed -> in.pipeInput(parsed.article().getId(), parsed.article(),
                    parsed.article().getPublishedAt()));
            out.readValuesToList().forEach(alerts::add);
            signals.readValuesToList().stream().filter(s -> s != null && s.getSubject().equals(System.getProperty("debugSubject", "mexico")))
                    .forEach(s -> System.out.println("SIGNAL " + s.getAsOf() + " " + s.getLevel() + " z=" + s.getScore()
                            + " x=" + s.getObserved() + " mean=" + s.getBaselineMean() + " stories=" + s.getStories()
                            + " sources=" + s.getSources()));
        }
        alerts.forEach(a -> System.out.println(AlertFormat.line(a)));
        Instant escalationStart = Instant.parse("2025-02-13T00:00:00Z");
        Instant escalationEnd = Instant.parse("2025-03-01T00:00:00Z");
        List<String> usMexico = List.of("united-states", "mexico", "USA>MEX", "MEX>USA", "donald-trump",
                "claudia-sheinbaum", "united-states>mexico", "mexico>united-states");
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.getSubject()).isIn(usMexico);
            assertThat(a.getToLevel().ordinal()).isGreaterThanOrEqualTo(Level.WARNING.ordinal());
            assertThat(a.getEventTime()).isBetween(escalationStart, escalationEnd);
        });
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.getSubject()).isIn(usMexico);
            assertThat(a.getToLevel()).isEqualTo(Level.NONE);
            assertThat(a.getEventTime()).isAfter(escalationStart);
        });
        assertThat(alerts).noneSatisfy(a -> {
            assertThat(a.getSubject()).isIn("china", "philippines", "CHN>PHL", "PHL>CHN", "china-coast-guard");
            assertThat(a.getToLevel().ordinal()).isGreaterThanOrEqualTo(Level.WARNING.ordinal());
        });
    }
}
