package dev.escmon.streams;

import dev.escmon.avro.Topics;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the names of processors, stores and internal topics: renaming any of them orphans the state and the
 * internal topics of running deployments, so a change here must be deliberate (and come with a migration note).
 */
class TopologyNamingTest {

    @Test
    void shouldKeepTheNamesOfStoresProcessorsAndInternalTopics() {
        DictionaryHolder dictionary = TestDictionary.holder();
        Topology topology = EscalationTopology.build(new Topics(""), dictionary);
        TopologyDescription description = topology.describe();
        Set<String> nodes = new TreeSet<>();
        Set<String> stores = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                nodes.add(node.name());
                if (node instanceof TopologyDescription.Processor p) {
                    stores.addAll(p.stores());
                }
                if (node instanceof TopologyDescription.Source s) {
                    topics.addAll(s.topicSet());
                }
                if (node instanceof TopologyDescription.Sink s) {
                    topics.add(s.topic());
                }
            }
        }
        assertThat(nodes).containsExactlyInAnyOrder("articles-source", "mentions-extract-actors",
                "mentions-by-actor-repartition-filter", "mentions-by-actor-repartition-sink",
                "mentions-by-actor-repartition-source", "counts-roll-windows", "counts-sink",
                "mentions-stamp-order", "signals-reorder-by-event-time", "counts-skip-watermarks",
                "signals-score-subjects", "signals-split-", "signals-split-signals", "signals-split-alerts",
                "signals-as-signal", "signals-sink", "alerts-as-alert", "alerts-sink");
        assertThat(stores).containsExactlyInAnyOrder("article-contributions-store", "actor-buckets-store",
                "actor-totals-store", "actor-counts-clock-store", "signals-head-store", "signals-story-buckets-store",
                "signals-articles-store", "signals-active-store", "signals-clock-store", "signals-reorder-buffer-store",
                "signals-reorder-watermark-store");
        assertThat(topics).containsExactlyInAnyOrder("articles", "mentions-by-actor-repartition", "actor-counts",
                "escalation-signals", "escalation-alerts");
        assertThat(new HashSet<>(description.subtopologies())).hasSize(2);
        assertThat(description.globalStores()).singleElement().satisfies(global -> {
            assertThat(global.source().name()).isEqualTo("dictionary-source");
            assertThat(global.source().topicSet()).containsExactly("dictionary");
            assertThat(global.processor().stores()).containsExactly("dictionary-global-store");
            assertThat(global.processor().name()).isEqualTo("dictionary");
        });
    }
}
