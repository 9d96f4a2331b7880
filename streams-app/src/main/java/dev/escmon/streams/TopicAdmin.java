package dev.escmon.streams;

import dev.escmon.avro.Topics;
import dev.escmon.config.Config;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Creates the public topics with the right cleanup policy when they are missing. */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** Largest dead letter the DLQ topic accepts (8 MiB). */
    static final int DEAD_LETTER_MAX_BYTES = 8 * 1024 * 1024;

    /** The public topics and their configs: the event log and the outputs compacted, the DLQ deleted. */
    public static List<NewTopic> plan(Topics topics, int partitions, short replication) {
        Optional<Integer> p = Optional.of(partitions);
        Optional<Short> r = replication > 0 ? Optional.of(replication) : Optional.empty();
        Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        // dead letters keep their original bytes and headers, but take the broker's time: the original
        // timestamp may be one the broker refuses (far future), and a dead letter must never fail to write
        // dead letters keep their original bytes: a bad record can be bigger uncompressed than the articles topic
        // takes compressed (an over-limit body), so the DLQ takes up to DEAD_LETTER_MAX_BYTES (the app's producer
        // max.request.size, streams-defaults.properties); anything larger is dropped and counted, not retried
        Map<String, String> delete = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime",
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(DEAD_LETTER_MAX_BYTES));
        List<NewTopic> plan = new ArrayList<>();
        plan.add(new NewTopic(topics.articles().name(), p, r).configs(compact));
        plan.add(new NewTopic(topics.actorCounts().name(), p, r).configs(compact));
        plan.add(new NewTopic(topics.dictionary().name(), Optional.of(1), r).configs(compact));
        plan.add(new NewTopic(topics.signals().name(), p, r).configs(compact));
        // alerts carry their event time (the article's publication time) as record timestamp: with the
        // broker's time-based retention, a replay of articles older than retention.ms had its alerts deleted
        // by the next retention check, minutes after they were raised. Retention counts from when an alert
        // was raised; its event time is in the value.
        plan.add(new NewTopic(topics.alerts().name(), p, r).configs(
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime")));
        plan.add(new NewTopic(topics.deadLetter(topics.articles().name()), p, r).configs(delete));
        plan.add(new NewTopic(topics.schemas(), Optional.of(1), r).configs(compact));
        return plan;
    }

    public static void ensureTopics(Properties clientProps, Topics topics, int partitions, short replication)
            throws InterruptedException {
        Properties props = Config.forClient(clientProps, AdminClientConfig.configNames());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = plan(topics, partitions, replication).stream()
                    .filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                missing.forEach(t -> LOG.info("created topic {} ({})", t.name(), t.configs()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topics " + missing + ": " + e.getCause(), e.getCause());
                }
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("timed out creating topics on " + props.getProperty("bootstrap.servers"), e);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot list topics on " + props.getProperty("bootstrap.servers") + ": "
                    + e.getMessage(), e);
        }
    }

    /** How many partitions a topic has (the reorder stage waits for the watermark of each articles partition). */
    public static int partitionCount(Properties clientProps, String topic) throws InterruptedException {
        Properties props = Config.forClient(clientProps, AdminClientConfig.configNames());
        try (Admin admin = Admin.create(props)) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic)
                    .partitions().size();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot describe topic " + topic + " on "
                    + props.getProperty("bootstrap.servers") + ": " + e.getMessage(), e);
        }
    }
}
